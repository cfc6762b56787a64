// Progress on stderr: a bar redrawn in place on a terminal, a line per phase start and end elsewhere.
import { PassThrough } from 'node:stream';
import { streamProgress } from './progress';

function stream(isTTY: boolean) {
  const output = Object.assign(new PassThrough(), { isTTY, columns: 60 });
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  return { output, text: () => text };
}

it('redraws a bar on a terminal, one frame per step, and ends the line when the phase ends', () => {
  const { output, text } = stream(true);
  const progress = streamProgress(output);
  progress.start('Reading', 4);
  progress.step('sources');
  progress.step('webhooks');
  progress.finish();
  const frames = text().split('\r').filter(Boolean);
  expect(frames.map((frame) => frame.trimEnd())).toEqual([
    'Reading [------------------------] 0/4',
    'Reading [######------------------] 1/4 sources',
    'Reading [############------------] 2/4 webhooks',
    'Reading [############------------] 2/4 done',
  ]);
  expect(text().endsWith(' \n')).toBe(true);
  expect(frames.every((frame) => frame.replace('\n', '').length === 59)).toBe(true);
});

it('writes a line when a phase starts and one when it ends elsewhere, none per step', () => {
  const { output, text } = stream(false);
  const progress = streamProgress(output);
  progress.start('Drawing', 120);
  for (let i = 0; i < 120; i++) progress.step(`dashboard ${i}`);
  progress.finish();
  expect(text()).toBe('Drawing: 120 steps\nDrawing: done\n');
});
