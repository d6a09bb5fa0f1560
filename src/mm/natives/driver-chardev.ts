// Character devices of a kernel tree's driver (lib/test_hmm.c: alloc_chrdev_region, cdev_init,
// cdev_device_add, …): a registry of dev_t -> the driver's struct cdev and file_operations,
// so that mmstep's open path (kernel/lib/chrdev_open.c, or a user program's open() of
// /dev/<name>) can reach the driver's .open / .unlocked_ioctl / .release. The structs are the
// driver's C memory, read and written by position (kernel/include/linux/chardev.h):
// struct cdev { owner, ops, dev, count }, struct device { devt, init_name, driver_data }.
//
// Dynamic majors are handed out from 254 down, as Linux does (CHRDEV_MAJOR_DYN_END..254); a
// minor range that overlaps a registered one is -EBUSY; adding a dev_t twice is -EBUSY.

import type { NativeCtx, NativeTable } from '../../c/native';
import { NULL, isPtr, type Ptr } from '../../c/value';
import type { MmModel } from '../state';
import { argC, cKey, driverState, formatName, loadInt, readString, slot } from './driver-state';
import { argInt, argNum, fault } from './util';

const MINORBITS = 20;
const MINORMASK = (1 << MINORBITS) - 1;
const DYN_MAJOR_TOP = 254;
const DYN_MAJOR_END = 234;
const EBUSY = -16n;
const EINVAL = -22n;

const major = (devt: number): number => Math.floor(devt / (1 << MINORBITS));
const minor = (devt: number): number => devt & MINORMASK;
export const mkdev = (ma: number, mi: number): number => ma * (1 << MINORBITS) + mi;

export function devName(devt: number): string {
  return `${major(devt)}:${minor(devt)}`;
}

export function driverChardevNatives(m: MmModel): NativeTable {
  const inRegion = (devt: number) =>
    driverState(m).regions.some((r) => r.major === major(devt) && minor(devt) >= r.baseminor && minor(devt) < r.baseminor + r.count);

  /** Register cdev (its file_operations are what cdev_init stored in slot 1) as devt. */
  const register = (ctx: NativeCtx, fn: string, cdev: Ptr, devt: number, name: string): bigint => {
    const d = driverState(m);
    if (d.devices.some((e) => e.devt === devt)) return EBUSY;
    if (!inRegion(devt)) fault('bad-call', `${fn}: device ${devName(devt)} is in no region registered by alloc_chrdev_region`);
    const fops = ctx.load(slot(cdev, 1));
    if (!isPtr(fops) || fops.s === 'null') fault('bad-call', `${fn}: the cdev has no file_operations (cdev_init was not called)`);
    d.devices.push({ devt, name, cdev, fops });
    ctx.store(slot(cdev, 2), BigInt(devt));
    ctx.store(slot(cdev, 3), 1n);
    return 0n;
  };

  return {
    alloc_chrdev_region(ctx, args) {
      const out = argC('alloc_chrdev_region', args, 0, 'dev_t');
      const baseminor = argNum('alloc_chrdev_region', args, 1);
      const count = argNum('alloc_chrdev_region', args, 2);
      const name = readString(ctx, 'alloc_chrdev_region', args[3]);
      if (count === 0 || baseminor + count > MINORMASK + 1) return EINVAL;
      const d = driverState(m);
      for (let ma = DYN_MAJOR_TOP; ma >= DYN_MAJOR_END; ma--) {
        if (d.regions.some((r) => r.major === ma)) continue;
        d.regions.push({ major: ma, baseminor, count, name });
        ctx.store(out, BigInt(mkdev(ma, baseminor)));
        return 0n;
      }
      return EBUSY;
    },
    unregister_chrdev_region(ctx, args) {
      const from = argNum('unregister_chrdev_region', args, 0);
      const count = argNum('unregister_chrdev_region', args, 1);
      const d = driverState(m);
      const i = d.regions.findIndex((r) => r.major === major(from) && r.baseminor === minor(from) && r.count === count);
      if (i < 0) fault('bad-call', `unregister_chrdev_region: no region ${devName(from)} of ${count} minors is registered`);
      d.regions.splice(i, 1);
    },
    cdev_init(ctx, args) {
      const cdev = argC('cdev_init', args, 0, 'struct cdev');
      const fops = args[1];
      if (fops === undefined || !isPtr(fops) || fops.s === 'null') fault('bad-call', 'cdev_init: NULL file_operations');
      ctx.store(slot(cdev, 0), NULL);
      ctx.store(slot(cdev, 1), fops);
      ctx.store(slot(cdev, 2), 0n);
      ctx.store(slot(cdev, 3), 0n);
    },
    cdev_add(ctx, args) {
      const cdev = argC('cdev_add', args, 0, 'struct cdev');
      const devt = argNum('cdev_add', args, 1);
      const count = argNum('cdev_add', args, 2);
      if (count !== 1) fault('unsupported', `cdev_add: ${count} minors for one cdev (the model registers one device per cdev)`);
      return register(ctx, 'cdev_add', cdev, devt, '');
    },
    cdev_device_add(ctx, args) {
      const cdev = argC('cdev_device_add', args, 0, 'struct cdev');
      const dev = argC('cdev_device_add', args, 1, 'struct device');
      const devt = Number(loadInt(ctx, 'cdev_device_add', slot(dev, 0), 'device.devt'));
      return register(ctx, 'cdev_device_add', cdev, devt, driverState(m).names[cKey(dev)] ?? '');
    },
    cdev_del(ctx, args) {
      const cdev = argC('cdev_del', args, 0, 'struct cdev');
      const d = driverState(m);
      const i = d.devices.findIndex((e) => isPtr(e.cdev) && cKey(e.cdev) === cKey(cdev));
      if (i < 0) fault('bad-call', 'cdev_del: the cdev is not registered');
      d.devices.splice(i, 1);
    },
    cdev_device_del(ctx, args) {
      const cdev = argC('cdev_device_del', args, 0, 'struct cdev');
      argC('cdev_device_del', args, 1, 'struct device');
      const d = driverState(m);
      const i = d.devices.findIndex((e) => isPtr(e.cdev) && cKey(e.cdev) === cKey(cdev));
      if (i < 0) fault('bad-call', 'cdev_device_del: the cdev is not registered');
      d.devices.splice(i, 1);
    },
    device_initialize(ctx, args) {
      const dev = argC('device_initialize', args, 0, 'struct device');
      ctx.store(slot(dev, 0), 0n);
      ctx.store(slot(dev, 1), NULL);
      ctx.store(slot(dev, 2), NULL);
    },
    dev_set_name(ctx, args) {
      const dev = argC('dev_set_name', args, 0, 'struct device');
      const fmt = readString(ctx, 'dev_set_name', args[1]);
      driverState(m).names[cKey(dev)] = formatName(ctx, 'dev_set_name', fmt, args.slice(2));
      return 0n;
    },
    put_device(ctx, args) {
      const dev = argC('put_device', args, 0, 'struct device');
      delete driverState(m).names[cKey(dev)];
    },
    default_llseek(ctx, args) {
      // A device file without a size: seeking is refused as for a device that has none.
      argInt('default_llseek', args, 1);
      return EINVAL;
    },
    chrdev_lookup(ctx, args) {
      let name = readString(ctx, 'chrdev_lookup', args[0]);
      if (name.startsWith('/dev/')) name = name.slice(5);
      const e = driverState(m).devices.find((x) => x.name === name);
      if (!e) return NULL;
      const out = args[1];
      if (out !== undefined && isPtr(out) && out.s !== 'null') ctx.store(out, BigInt(e.devt));
      return e.cdev;
    },
    chrdev_count() {
      return BigInt(driverState(m).devices.length);
    },
  };
}
