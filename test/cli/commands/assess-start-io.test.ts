import { describe, expect, it } from 'vitest';
import { startIo } from '../../../src/cli/commands/assess-start-io.js';
import { UserError } from '../../../src/cli/errors.js';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { translator } from '../../../src/i18n/translate.js';
import { writeText } from '../../../src/i18n/write-text.js';
import { MESSAGES } from '../../../src/ui/messages.js';
import { fakeContext } from '../fake-context.js';

const facts = { id: 'tip-protocol', version: '2.0.0', languages: ['en', 'fr'] };

function changed(language: 'en' | 'fr'): UserError {
  const io = startIo(fakeContext().context, '/nowhere/drafts', translator(MESSAGES, language), { kind: 'installed' });
  try {
    io.checklistChanged(facts);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('checklistChanged returned');
}

describe('startIo.checklistChanged', () => {
  it('stops the command with a usage exit and says, in English, which checklist changed and how to start again', () => {
    const error = changed('en');
    expect(error.exitCode).toBe(EXIT.usage);
    expect(writeText(error.text, 'en')).toBe(
      'The checklist "tip-protocol" 2.0.0 bundled with selfassess changed while the assessment was starting (selfassess was updated or rebuilt meanwhile). Nothing has been saved. Start again with: selfassess assess',
    );
  });

  it('says it in French, with no-break spaces inside the guillemets and before the colon', () => {
    expect(writeText(changed('fr').text, 'fr')).toBe(
      'La liste de contrôle «\u00a0tip-protocol\u00a0» 2.0.0 fournie avec selfassess a été modifiée pendant le démarrage de l’auto-évaluation (selfassess a été mis à jour ou reconstruit entre-temps). Rien n’a été enregistré. Pour recommencer\u00a0: selfassess assess',
    );
  });
});
