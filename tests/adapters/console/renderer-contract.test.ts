import { runRendererContract } from '../../contract/renderer-contract.js';
import { consoleInspector } from './inspector.js';

runRendererContract(consoleInspector('piped'));
runRendererContract(consoleInspector('tty'));
