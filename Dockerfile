# syntax=docker/dockerfile:1
# Mirrors `npm run build && npm start`: the standalone server plus its static
# assets and public/, as scripts/start-standalone.mjs lays them out.
# Run it in real API mode (MSADS_API_URL, MSADS_CLIENT_ID, MSADS_CLIENT_SECRET,
# MSADS_DEVELOPER_TOKEN, NEXTAUTH_SECRET, NEXTAUTH_URL), or as a demo on the built-in
# emulator with LINKDESK_DEMO=1 (the image must be built with it too). With neither it
# refuses to run and fails its health check.

FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The built-in emulator is compiled in only for a demo image:
# docker build --build-arg LINKDESK_DEMO=1 (docs/emulator.md, "In the build").
ARG LINKDESK_DEMO=
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-slim AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
