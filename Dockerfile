# syntax=docker/dockerfile:1
#
# JunLite CRM 6: the API / worker / migration image.
#
# One image runs every Python role (`junlite serve`, `junlite worker`, `junlite migrate`, ...);
# docker-compose.yml picks the role with `command:`. The image holds the installed `junlite`
# package and its pinned dependencies only: no tests, no web console, no sources outside
# backend/. The web console (web/dist) is static and is served by nginx from a bind mount,
# see docs/deployment.md ("The web console").
#
# Build:  docker build -t junlite:6 .

ARG PYTHON_IMAGE=python:3.11-slim

# --- build: resolve and install into a self-contained virtualenv ----------------------------
FROM ${PYTHON_IMAGE} AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

# A compiler only in case a pinned dependency has no wheel for this platform; it never reaches
# the runtime stage.
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
# README.m[d]: the glob lets the build go on if the README is absent (pyproject names it).
COPY pyproject.toml requirements.lock README.m[d] ./
COPY backend ./backend
# -c: every transitive dependency is held to the version pinned in requirements.lock.
RUN pip install --no-cache-dir -c requirements.lock . \
    && junlite --help > /dev/null

# --- runtime ----------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

LABEL org.opencontainers.image.title="JunLite CRM 6" \
      org.opencontainers.image.description="JunLite CRM API, worker and migrations" \
      org.opencontainers.image.licenses="Apache-2.0"

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    JUNLITE_HOST=0.0.0.0 \
    JUNLITE_PORT=8000 \
    JUNLITE_DATA_DIR=/app/data

RUN groupadd --system --gid 10001 junlite \
    && useradd --system --uid 10001 --gid junlite --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin junlite \
    && mkdir -p /app/data \
    && chown -R 10001:10001 /app

COPY --from=build /opt/venv /opt/venv

WORKDIR /app
USER 10001:10001

EXPOSE 8000

# No HEALTHCHECK here: the same image also runs the worker, which serves no HTTP.
# docker-compose.yml gives the `api` service its /readyz health check.
CMD ["junlite", "serve"]
