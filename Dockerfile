# syntax=docker/dockerfile:1
# evidence-bot: multi-stage build. docs/deploy.md explains running, health, reload, shutdown and scale-out.
# CI runs the same production steps without Docker: .ci/production.

# Node.js 24, an LTS line with security fixes until April 2028 (Node 20 reached end of life in April 2026).
# docs/deploy.md says which versions are tested where, and how to check another (--build-arg NODE_IMAGE=…).
ARG NODE_IMAGE=node:24-bookworm-slim

# 1. Production dependencies only, from the lockfile. better-sqlite3 is native: its prebuilt binary is
#    downloaded when one exists for this platform, else compiled with the tools installed here.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=warn

# 2. Build: compile to dist/ and serialise the search index of the bundled corpus (dist/search-index.json).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=warn
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY corpus ./corpus
RUN npm run build

# 3. Runtime: slim Node (24 by default), production dependencies, the build, the corpus; a non-root user.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    CORPUS_DIR=/app/corpus \
    DATA_DIR=/data \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# The bundled corpus, which the prebuilt index matches. Mount your own over it (read-only is fine):
#   docker run -v "$PWD/my-corpus:/app/corpus:ro" …   (the index is then rebuilt at start-up, and on change)
COPY corpus ./corpus
# Feedback (SQLite) lives in /data: a volume, owned by the unprivileged "node" user of the base image.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
# 8080: /healthz. 3000: Slack HTTP mode (SLACK_PORT), unused in Socket Mode.
EXPOSE 8080 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM drains questions in flight and exits 0 within 9 s, inside `docker stop`'s default 10 s.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
