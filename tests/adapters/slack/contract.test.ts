import { runRendererContract } from '../../contract/renderer-contract.js';
import { slackInspector } from './inspector.js';

runRendererContract(slackInspector);
