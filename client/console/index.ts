/**
 * The Cypher console component: mount it into an element and give it the server calls it needs.
 */
import './console.css';

export { mountConsole } from './mount-console.ts';
export { ConsoleError, isConsoleError, problemOf } from './console-error.ts';
export type { ConsoleHandle, ConsoleOptions } from './options.ts';
