import { jsonTextForState } from './json-text';

describe('jsonTextForState', () => {
  const spaced = '{"text": "{{title}}", "level": 1}';

  it('keeps the spelling state already has when the API returns the same document spelled otherwise', () => {
    expect(jsonTextForState('{"level":1,"text":"{{title}}"}', spaced)).toBe('{"level":1,"text":"{{title}}"}');
  });

  it('spells a document as jsonencode() does when state has none yet (import)', () => {
    expect(jsonTextForState(null, spaced)).toBe('{"level":1,"text":"{{title}}"}');
  });

  it('shows a real change, and leaves text that is no JSON document alone', () => {
    expect(jsonTextForState('{"text":"old"}', spaced)).toBe(spaced);
    expect(jsonTextForState(null, 'Alert: {{title}}')).toBe('Alert: {{title}}');
    expect(jsonTextForState(null, '42')).toBe('42');
  });
});
