// UI test of patch review in the real workbench (code-server + headless chromium): an mbox made
// here with `git format-patch` (cover letter, 3 patches, a reply quoting a hunk with a question)
// is opened with "mmstep: Open Patch Review…" through the workbench's file dialog; the patch
// editor shows the question as a comment thread at its line; a draft comment is written through
// the comment widget ("Comments: Add Comment on Current Selection", type, "Add Draft Comment") and
// edited there (pencil, "Save Draft");
// "Developer: Reload Window" reloads the workbench, and the restored patch editor shows the draft
// again (read back from the drafts file in workspace storage); "mmstep: Export Reply…" shows the
// reply and saves it as .eml through the save dialog, the draft below the quoted line. Screenshots
// go to test/e2e/shots/.
//
//   node test/e2e/ui-review.js --url http://127.0.0.1:PORT [--folder examples]
// Writes {passed, failed, tests} to $MMSTEP_E2E_RESULT if set. Exit 0 iff every check passed.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { openWorkbench, runCommand, workbenchUrl, checkList, REPO } = require('./lib');

const argv = process.argv.slice(2);
const arg = (n, d) => { const i = argv.indexOf('--' + n); return i >= 0 ? argv[i + 1] : d; };
const url = arg('url');
const folder = path.resolve(REPO, arg('folder', 'examples'));
const TMP = path.join(__dirname, '.state', `ui-review-${process.pid}`);
const QUESTION = 'How do we know the page is used by one process only?';
const DRAFT = 'Is restore_one() safe for a none pte here?';
const EDITED = ' And for a swap entry?';
const BASE = ['#include "mm.h"', '', 'static void restore(struct vma *vma)', '{', '\tunsigned long addr = vma->start;', '',
  '\tfor (; addr < vma->end; addr += PAGE_SHIFT)', '\t\trestore_one(addr);', '}', ''].join('\n');

function git(cwd, ...args) {
  return execFileSync('git', args, {
    cwd, encoding: 'utf8',
    env: { ...process.env, HOME: TMP, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Alice Author', GIT_AUTHOR_EMAIL: 'alice@example.org',
      GIT_COMMITTER_NAME: 'Alice Author', GIT_COMMITTER_EMAIL: 'alice@example.org', GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z' },
  });
}

/** One mbox: the format-patch series and Bob's reply to patch 1. Returns its path and patch 1's text. */
function buildMbox() {
  const repo = path.join(TMP, 'repo');
  fs.mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  const put = (file, text, msg) => {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.writeFileSync(path.join(repo, file), text);
    git(repo, 'add', file);
    git(repo, 'commit', '-q', '-m', msg);
  };
  put('mm/restore.c', BASE, 'base');
  git(repo, 'tag', 'base');
  const fixed = BASE.replace('PAGE_SHIFT', 'PAGE_SIZE');
  put('mm/restore.c', fixed, 'mm/restore: step by PAGE_SIZE\n\nThe restore loop advanced by PAGE_SHIFT bytes.\n\nSigned-off-by: Alice Author <alice@example.org>');
  put('mm/restore.c', fixed.replace('\t\trestore_one(addr);', '\t\trestore_one(addr);\n\tvma->restored++;'), 'mm/restore: count restored pages\n\nSigned-off-by: Alice Author <alice@example.org>');
  put('Documentation/restore.rst', 'Restore\n=======\n', 'docs: restore\n\nSigned-off-by: Alice Author <alice@example.org>');
  const out = path.join(TMP, 'out');
  git(repo, 'format-patch', '-q', '--cover-letter', '--thread=shallow', '-o', out, 'base');
  const mails = fs.readdirSync(out).sort().map(f => fs.readFileSync(path.join(out, f), 'utf8'));
  const id = m => /^Message-I[dD]: (<[^>]+>)/m.exec(m)[1];
  const reply = ['From bob@example.org Tue Dec  1 08:00:00 2026', 'From: Bob Reviewer <bob@example.org>',
    'Subject: Re: [PATCH 1/3] mm/restore: step by PAGE_SIZE', 'Message-ID: <bob-ui@example.org>',
    `In-Reply-To: ${id(mails[1])}`, `References: ${id(mails[0])} ${id(mails[1])}`, 'Date: Tue, 1 Dec 2026 08:00:00 +0000', '',
    'On Mon, Nov 30, 2026, Alice Author wrote:', '> -\tfor (; addr < vma->end; addr += PAGE_SHIFT)',
    '> +\tfor (; addr < vma->end; addr += PAGE_SIZE)', '', QUESTION, '', ''].join('\n');
  const mbox = path.join(TMP, 'restore-series.mbox');
  fs.writeFileSync(mbox, mails.map(m => m.endsWith('\n\n') ? m : m + '\n').join('') + reply);
  return { mbox, patch1: mails[1] };
}

/** The patch document's line (1-based) showing `text`: 5 header lines, then the mail body. */
function docLineOf(mail, text) {
  const lines = mail.split('\n');
  const body = lines.indexOf('') + 1;
  const i = lines.indexOf(text, body);
  if (i < 0) throw new Error(`${JSON.stringify(text)} not in the patch`);
  return 5 + (i - body) + 1;
}

const { check, runSteps, finish } = checkList();

(async () => {
  if (!url) throw new Error('usage: ui-review.js --url http://127.0.0.1:PORT [--folder DIR]');
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
  const { mbox, patch1 } = buildMbox();
  const { browser, page, shot } = await openWorkbench({ url: workbenchUrl({ url, folder }) });
  const tab = page.locator('.tabs-container .tab', { hasText: 'step-by-PAGE_SIZE.patch' }).first();
  const widgets = page.locator('.review-widget');
  const draftLine = docLineOf(patch1, ' \t\trestore_one(addr);');
  try {
    const steps = [
      ['the workbench opens', async () => {
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 30000 });
      }],
      ['"mmstep: Open Patch Review…" opens the mbox through the file dialog and shows patch 1', async () => {
        await runCommand(page, 'mmstep: Open Patch Review…');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10000 });
        // the simple file dialog fills in the workspace folder first; type over it after that
        await page.waitForFunction(() => { const i = document.querySelector('.quick-input-widget input'); return i && i.value.startsWith('/'); }, null, { timeout: 10000 });
        await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10000 });
        await input.fill(mbox);
        await page.waitForTimeout(800);
        await page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).first().click();
        await tab.waitFor({ timeout: 30000 });
      }],
      ['the reviewer\'s question is a comment thread in the patch editor', async () => {
        await widgets.filter({ hasText: QUESTION }).first().waitFor({ timeout: 20000 });
        const text = await widgets.filter({ hasText: QUESTION }).first().innerText();
        if (!text.includes('Bob Reviewer')) throw new Error(`the thread does not name its author: ${JSON.stringify(text.slice(0, 300))}`);
        await page.locator('.review-tree, .monaco-list-row', { hasText: '[v1 1/3] mm/restore: step by PAGE_SIZE' }).first().waitFor({ timeout: 10000 });
        await page.waitForTimeout(500);
        await shot('ui-review-01-imported');
      }],
      [`a draft comment is written on line ${draftLine} through the comment widget`, async () => {
        await tab.click();
        await runCommand(page, 'Go to Line/Column...');
        await page.keyboard.type(String(draftLine));
        await page.keyboard.press('Enter');
        await runCommand(page, 'Comments: Add Comment on Current Selection');
        const form = page.locator('.review-widget .comment-form').last();
        await form.waitFor({ timeout: 10000 });
        await page.waitForTimeout(300);
        await page.keyboard.type(DRAFT);
        await page.locator('.review-widget .monaco-button', { hasText: 'Add Draft Comment' }).last().click();
        await widgets.filter({ hasText: DRAFT }).first().waitFor({ timeout: 15000 });
        await page.waitForTimeout(500);
        await shot('ui-review-02-draft');
      }],
      ['the draft is edited in its widget (pencil, new text, "Save Draft")', async () => {
        const w = widgets.filter({ hasText: DRAFT }).first();
        await w.locator('.comment-title .action-label.codicon-edit, .comment-actions .action-label.codicon-edit').first().click({ timeout: 10000 });
        const editor = w.locator('.edit-container .monaco-editor, .comment-form .monaco-editor').first();
        await editor.waitFor({ timeout: 10000 });
        await editor.click();
        await page.keyboard.press('End');
        await page.keyboard.press('Control+End');
        await page.keyboard.type(EDITED);
        await w.locator('.monaco-button', { hasText: 'Save Draft' }).first().click({ timeout: 10000 });
        await widgets.filter({ hasText: DRAFT + EDITED }).first().waitFor({ timeout: 15000 });
      }],
      ['"Developer: Reload Window" brings back the patch editor with the question and the draft', async () => {
        await runCommand(page, 'Developer: Reload Window');
        await page.waitForTimeout(2000);
        await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
        await tab.waitFor({ timeout: 60000 });
        await tab.click();
        await widgets.filter({ hasText: DRAFT + EDITED }).first().waitFor({ timeout: 30000 });
        await widgets.filter({ hasText: QUESTION }).first().waitFor({ timeout: 30000 });
        await page.waitForTimeout(800);
        await shot('ui-review-03-after-reload');
      }],
      ['"mmstep: Export Reply…" previews the reply and saves it as .eml through the save dialog', async () => {
        const out = path.join(TMP, 'reply-ui.eml');
        await tab.click();
        await runCommand(page, 'mmstep: Export Reply…');
        // git config user.name/email are used when set; otherwise the command asks
        for (const [title, value] of [['Your name for the trailer', 'Rita Reviewer'], ['Your mail address for the trailer', 'rita@example.org']]) {
          const box = page.locator('.quick-input-widget', { hasText: title });
          if (await box.waitFor({ timeout: 1500 }).then(() => true, () => false)) {
            await page.locator('.quick-input-widget input').fill(value);
            await page.keyboard.press('Enter');
          }
        }
        await page.locator('.tabs-container .tab', { hasText: 'step-by-PAGE_SIZE.eml' }).first().waitFor({ timeout: 15000 });
        const preview = await page.locator('.editor-instance .view-lines').first().innerText();
        if (!/Subject: Re: \[PATCH 1\/3\]/.test(preview.replace(/\u00a0/g, ' '))) throw new Error(`the preview shows: ${JSON.stringify(preview.slice(0, 400))}`);
        await shot('ui-review-04-reply-preview');
        await page.locator('.notifications-toasts .monaco-button', { hasText: 'Save as .eml…' }).first().click({ timeout: 15000 });
        const input = page.locator('.quick-input-widget input');
        await page.waitForFunction(() => { const i = document.querySelector('.quick-input-widget input'); return i && i.value.endsWith('.eml'); }, null, { timeout: 10000 });
        await input.fill(out);
        await page.waitForTimeout(800);
        await page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).first().click();
        const end = Date.now() + 15000;
        while (!fs.existsSync(out) && Date.now() < end) await page.waitForTimeout(200);
        if (!fs.existsSync(out)) throw new Error(`${out} was not written`);
        const text = fs.readFileSync(out, 'utf8');
        const id = /^Message-I[dD]: (<[^>]+>)/m.exec(patch1)[1];
        for (const want of ['Subject: Re: [PATCH 1/3] mm/restore: step by PAGE_SIZE', `In-Reply-To: ${id}`, '>  \t\trestore_one(addr);', DRAFT + EDITED]) {
          if (!text.includes(want)) throw new Error(`the saved reply lacks ${JSON.stringify(want)}:\n${text}`);
        }
        if (text.indexOf(DRAFT) < text.indexOf('>  \t\trestore_one(addr);')) throw new Error('the draft is not below the line it discusses');
      }],
    ];
    await runSteps(steps, () => shot('ui-review-99-failure'));
  } finally {
    await browser.close().catch(() => {});
    fs.rmSync(TMP, { recursive: true, force: true });
  }
  const { failed } = finish('ui-review');
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error('ui-review: harness error:', e && e.stack || e); process.exit(3); });
