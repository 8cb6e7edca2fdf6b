/**
 * Configuration: the environment (and .env, loaded by the composition root) validated once with zod into a
 * frozen, typed Config. Fails early with messages that name the variable and say where to get its value.
 * Secrets live only here and in the adapters that use them; never log a Config.
 */
import { z } from 'zod';

const where = {
  SLACK_BOT_TOKEN:
    'the Bot User OAuth Token (xoxb-…) from api.slack.com/apps → your app → OAuth & Permissions',
  SLACK_APP_TOKEN:
    'an App-Level Token (xapp-…) with the connections:write scope from api.slack.com/apps → your app → Basic Information → App-Level Tokens',
  SLACK_SIGNING_SECRET:
    'the Signing Secret from api.slack.com/apps → your app → Basic Information → App Credentials',
  DISCORD_TOKEN: 'the bot token from discord.com/developers/applications → your app → Bot → Reset Token',
  DISCORD_APP_ID:
    'the Application ID from discord.com/developers/applications → your app → General Information',
} as const;

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s === undefined || s === '' ? undefined : s));

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const envSchema = z.object({
  NODE_ENV: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORPUS_DIR: z.string().default('corpus'),
  /** Per-channel review sets (docs/scopes.md); unset: every place sees every review. */
  SCOPES_FILE: z.string().optional(),
  DATA_DIR: z.string().default('data'),
  ANSWER_LIMIT: z.coerce.number().int().min(1).max(10).default(3),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  HEALTH_PORT: optionalString
    .transform((s) => (s === undefined ? undefined : Number(s)))
    .pipe(z.number().int().min(0).max(65535).optional()),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_PORT: port(3000),
  SLACK_API_URL: optionalString.pipe(z.url().optional()),

  DISCORD_TOKEN: optionalString,
  DISCORD_APP_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: optionalString.pipe(z.url().optional()),
  DISCORD_MESSAGE_CONTENT: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
});

export interface SlackConfig {
  botToken: string;
  /** Set: Socket Mode. Unset: HTTP mode on `port`, which needs `signingSecret`. */
  appToken: string | undefined;
  signingSecret: string | undefined;
  port: number;
  apiUrl: string | undefined;
}

export interface DiscordConfig {
  token: string;
  appId: string;
  guildId: string | undefined;
  apiUrl: string | undefined;
  messageContentIntent: boolean;
}

export interface Config {
  env: 'production' | 'development' | 'test';
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  corpusDir: string;
  scopesFile: string | undefined;
  dataDir: string;
  answerLimit: number;
  rateLimitPerMinute: number;
  healthPort: number | undefined;
  slack: SlackConfig | undefined;
  discord: DiscordConfig | undefined;
}

export class ConfigError extends Error {
  readonly code = 'E_CONFIG';
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const patterns: Record<string, { re: RegExp; shape: string }> = {
  SLACK_BOT_TOKEN: { re: /^xoxb-[A-Za-z0-9-]+$/, shape: 'starts with xoxb-' },
  SLACK_APP_TOKEN: { re: /^xapp-[A-Za-z0-9-]+$/, shape: 'starts with xapp-' },
  SLACK_SIGNING_SECRET: { re: /^[A-Za-z0-9]{16,}$/, shape: 'is 16 or more letters and digits' },
  DISCORD_TOKEN: { re: /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, shape: 'has three dot-separated parts' },
  DISCORD_APP_ID: { re: /^\d{15,22}$/, shape: 'is a numeric snowflake of 15–22 digits' },
  DISCORD_GUILD_ID: { re: /^\d{15,22}$/, shape: 'is a numeric snowflake of 15–22 digits' },
};

function checkShape(name: string, value: string | undefined, problems: string[]): void {
  const p = patterns[name];
  if (value === undefined || p === undefined) return;
  if (!p.re.test(value)) {
    const hint = name in where ? ` Get it from ${where[name as keyof typeof where]}.` : '';
    problems.push(`${name} is malformed: a valid value ${p.shape}.${hint}`);
  }
}

function missing(name: keyof typeof where, because: string): string {
  return `${name} is missing (${because}). Set it to ${where[name]}.`;
}

/** Reads the configuration from an environment (process.env by default). Throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  for (const name of Object.keys(patterns))
    checkShape(name, e[name as keyof typeof e] as string | undefined, problems);

  let slack: SlackConfig | undefined;
  const anySlack = e.SLACK_BOT_TOKEN ?? e.SLACK_APP_TOKEN ?? e.SLACK_SIGNING_SECRET;
  if (anySlack !== undefined) {
    if (e.SLACK_BOT_TOKEN === undefined)
      problems.push(missing('SLACK_BOT_TOKEN', 'other SLACK_ variables are set'));
    if (e.SLACK_APP_TOKEN === undefined && e.SLACK_SIGNING_SECRET === undefined) {
      problems.push(
        `${missing('SLACK_SIGNING_SECRET', 'HTTP mode, since SLACK_APP_TOKEN is not set')} Or set SLACK_APP_TOKEN for Socket Mode.`,
      );
    }
    if (e.SLACK_BOT_TOKEN !== undefined) {
      slack = {
        botToken: e.SLACK_BOT_TOKEN,
        appToken: e.SLACK_APP_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET,
        port: e.SLACK_PORT,
        apiUrl: e.SLACK_API_URL,
      };
    }
  }

  let discord: DiscordConfig | undefined;
  if (e.DISCORD_TOKEN !== undefined || e.DISCORD_APP_ID !== undefined) {
    if (e.DISCORD_TOKEN === undefined) problems.push(missing('DISCORD_TOKEN', 'DISCORD_APP_ID is set'));
    if (e.DISCORD_APP_ID === undefined) problems.push(missing('DISCORD_APP_ID', 'DISCORD_TOKEN is set'));
    if (e.DISCORD_TOKEN !== undefined && e.DISCORD_APP_ID !== undefined) {
      discord = {
        token: e.DISCORD_TOKEN,
        appId: e.DISCORD_APP_ID,
        guildId: e.DISCORD_GUILD_ID,
        apiUrl: e.DISCORD_API_URL,
        messageContentIntent: e.DISCORD_MESSAGE_CONTENT,
      };
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);
  const envName = e.NODE_ENV === 'production' || e.NODE_ENV === 'test' ? e.NODE_ENV : 'development';
  return Object.freeze({
    env: envName,
    logLevel: e.LOG_LEVEL,
    corpusDir: e.CORPUS_DIR,
    scopesFile: e.SCOPES_FILE === '' ? undefined : e.SCOPES_FILE,
    dataDir: e.DATA_DIR,
    answerLimit: e.ANSWER_LIMIT,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    healthPort: e.HEALTH_PORT,
    slack: slack ? Object.freeze(slack) : undefined,
    discord: discord ? Object.freeze(discord) : undefined,
  });
}

/** Names of every secret, for log redaction. */
export const SECRET_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
] as const;
