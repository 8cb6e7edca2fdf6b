import { runRendererContract } from '../../contract/renderer-contract.js';
import { discordInspector } from './inspector.js';

runRendererContract(discordInspector());
