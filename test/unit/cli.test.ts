import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(script: string, args: string[], input: string) {
  const r = spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], {
    input,
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/classify.ts', () => {
  it('writes one JSON line per input line, in order, and carries on after bad lines', () => {
    const input = [
      JSON.stringify({
        id: 'q1',
        text: 'How will you create apprenticeships for local people? Maximum 500 words. Weighting 10%',
      }),
      '{this is not json',
      JSON.stringify({ id: 'q2' }),
      '',
      JSON.stringify({ id: 7, text: 'Describe your incident management process.', hint: '(max. 1,000 characters)' }),
      JSON.stringify({ id: 'q4', text: 'Fair pay' }),
    ].join('\n');
    const r = run('classify.ts', [], `${input}\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);

    expect(lines[0]).toMatchObject({
      id: 'q1',
      socialValue: true,
      themeId: 'economic-inequality',
      outcomeId: 'ppn0620-o2',
      limitWords: 500,
      limitChars: null,
      weightingPercent: 10,
    });
    expect(Object.keys(lines[0]!).sort()).toEqual([
      'confidence',
      'criterionIds',
      'id',
      'limitChars',
      'limitWords',
      'outcomeId',
      'secondaryThemeIds',
      'socialValue',
      'themeId',
      'weightingPercent',
    ]);
    expect(lines[0]!.criterionIds).toContain('ppn0620-2.2');

    expect(lines[1]!.id).toBeNull();
    expect(String(lines[1]!.error)).toMatch(/not valid JSON/);
    expect(lines[2]).toMatchObject({ id: 'q2' });
    expect(String(lines[2]!.error)).toMatch(/text/);

    expect(lines[3]).toMatchObject({
      id: 7,
      socialValue: false,
      themeId: null,
      outcomeId: null,
      criterionIds: [],
      limitChars: 1000,
    });
    expect(lines[4]).toMatchObject({
      id: 'q4',
      socialValue: true,
      themeId: 'equal-opportunity',
      limitWords: null,
      weightingPercent: null,
    });
  }, 60_000);

  it('stops quietly when its reader closes early (| head)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svl-cli-'));
    const file = join(dir, 'many.jsonl');
    // About 700 kB of output: far more than a pipe holds, so writes go on after head has exited.
    writeFileSync(
      file,
      Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: 'Describe your social value offer.' })).join(
        '\n',
      ),
    );
    const r = spawnSync(
      'bash',
      ['-c', `"$0" scripts/classify.ts < "$1" | head -n 1; echo "exit=\${PIPESTATUS[0]}"`, TSX, file],
      { encoding: 'utf8', cwd: ROOT, timeout: 60_000 },
    );
    expect(r.stdout.split('\n')[0]).toContain('"id":0');
    expect(r.stdout).toContain('exit=0');
    expect(r.stderr).not.toContain('EPIPE');
  }, 60_000);

  it('handles empty input', () => {
    const r = run('classify.ts', [], '');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  }, 60_000);
});

describe('scripts/eval.ts', () => {
  it('prints precision, recall, theme accuracy, a confusion table and the records it got wrong, with each record’s section as context', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svl-eval-'));
    const file = join(dir, 'mini.jsonl');
    const rec = (id: string, text: string, sv: boolean, theme: string, section: string | null = null) =>
      JSON.stringify({
        id,
        text,
        section,
        is_social_value: sv,
        theme_guess: theme,
        limit_words: null,
        limit_chars: null,
        weighting_percent: null,
      });
    writeFileSync(
      file,
      [
        rec('a', 'How will you offer apprenticeships to local young people?', true, 'tackling economic inequality'),
        rec(
          'b',
          'Describe how you will reach net zero emissions in delivering the contract.',
          true,
          'fighting climate change',
        ),
        rec('c', 'Describe your disaster recovery arrangements.', false, 'not social value'),
        // Deliberately mislabelled so the report has a wrong record to show.
        rec('d', 'Describe your data protection policy.', true, 'wellbeing'),
        // Social value by its heading only: scored right only if the section reaches the classifier.
        rec(
          'e',
          'Please describe your approach.',
          true,
          'fighting climate change',
          'Social value: fighting climate change',
        ),
        'not json',
      ].join('\n'),
    );
    const r = run('eval.ts', [file], '');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('records: 5');
    expect(r.stdout).toContain('precision 1.000 recall 0.750');
    expect(r.stdout).toContain('theme accuracy (single-theme records): 0.750 (3/4)');
    expect(r.stdout).toContain('confusion');
    expect(r.stdout).toMatch(/d\s+expected wellbeing\s+got not-sv/);
    expect(r.stdout).toContain('skipped line 6');
  }, 60_000);

  it('exits non-zero with a usage line when no file is given', () => {
    const r = run('eval.ts', [], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage');
  }, 60_000);

  it('exits non-zero when the file does not exist', () => {
    const r = run('eval.ts', [join(tmpdir(), 'svl-no-such-file.jsonl')], '');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot read');
    expect(r.stdout).toBe('');
  }, 60_000);
});
