export { answerToJson, type JsonAnswer } from './json.js';
export { renderAnswer } from './render.js';
export { type ConsoleAdapter, type ConsoleDeps, startConsoleAdapter } from './repl.js';
export { colourStyle, plainStyle, styleFor } from './style.js';
export { wrapText } from './wrap.js';
