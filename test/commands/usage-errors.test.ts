import { describe, expect, test } from 'vitest';
import { langFromArgv } from '../../src/commands/help.js';
import { runCli } from '../helpers/run-cli.js';

describe('usage mistakes: exit 2, a sentence in the chosen language, where to find help', () => {
  test.each<[string[], string]>([
    [['budget', '--bogus'], '알 수 없는 옵션 --bogus입니다.\n사용법은 jobs-report budget --help 로 볼 수 있습니다.\n'],
    [['bugdet'], '알 수 없는 명령 bugdet입니다.\n혹시 다음을 쓰려고 했나요? budget\n사용법은 jobs-report --help 로 볼 수 있습니다.\n'],
    [['split', '--city', '70%'], '필요한 인자가 없습니다: amount.\n사용법은 jobs-report split --help 로 볼 수 있습니다.\n'],
    [['split', '1', '--city'], '옵션 --city 뒤에 값이 없습니다.\n사용법은 jobs-report split --help 로 볼 수 있습니다.\n'],
    [['budget', '2022', '2023'], '인자가 너무 많습니다.\n사용법은 jobs-report budget --help 로 볼 수 있습니다.\n'],
    [['budget', '--format', 'pdf'], '--format 값 "pdf"를 알 수 없습니다. 가능한 값: table, csv, json, xlsx.\n사용법은 jobs-report budget --help 로 볼 수 있습니다.\n'],
    [['budget', '22'], 'year 값 "22"를 읽을 수 없습니다. 예: 2022.\n사용법은 jobs-report budget --help 로 볼 수 있습니다.\n'],
    [['--lang', 'fr', 'budget'], '--lang 값 "fr"을 알 수 없습니다. 가능한 값: ko, en.\n사용법은 jobs-report budget --help 로 볼 수 있습니다.\n'],
  ])('%j', async (args, stderr) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
  });

  test('in English with --lang en', async () => {
    const r = await runCli(['--lang', 'en', 'budget', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Unknown option --bogus.\nSee jobs-report budget --help for usage.\n');
  });

  test('no command: the help on stderr, exit 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('사용법: jobs-report');
  });
});

describe('langFromArgv', () => {
  test.each<[string[], string]>([
    [[], 'ko'],
    [['--lang', 'en', 'budget'], 'en'],
    [['budget', '--lang=en'], 'en'],
    [['--lang', 'fr'], 'ko'],
    [['split', '--', '--lang', 'en'], 'ko'],
  ])('%j → %s', (argv, lang) => {
    expect(langFromArgv(argv)).toBe(lang);
  });
});
