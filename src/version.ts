import pkg from '../package.json' with { type: 'json' };

export const TOOL_NAME = 'selfassess';
export const TOOL_VERSION: string = pkg.version;
export const TOOL_URI = 'https://github.com/selfassess/selfassess';
