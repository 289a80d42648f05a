# Silta's production-like image: the same code runs as web (gunicorn), worker and beat.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# gettext for compilemessages; Pango, HarfBuzz and Noto fonts (Latin, Cyrillic, Arabic)
# for WeasyPrint's PDFs.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        gettext libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
        fonts-noto-core fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY counselling ./counselling
COPY clients ./clients
COPY common ./common
COPY channels ./channels
COPY referrals ./referrals
COPY knowledge ./knowledge
COPY reports ./reports
COPY templates ./templates
COPY static ./static
COPY locale ./locale
COPY manage.py ./
RUN pip install .

# Build-time values only: nothing here connects to a database or keeps the key.
RUN SECRET_KEY=build-only ALLOWED_HOSTS=build python manage.py compilemessages -v 0 \
    && SECRET_KEY=build-only ALLOWED_HOSTS=build python manage.py collectstatic --no-input -v 0

RUN useradd --system --uid 1000 --home-dir /app silta \
    && mkdir -p /app/.data/media \
    && chown -R silta /app/.data
USER silta

EXPOSE 8000
# Behind a TLS proxy, add --forwarded-allow-ips=<the proxy's address> (and set
# BEHIND_TLS_PROXY=1) so that X-Forwarded-Proto is believed from it and nobody else.
CMD ["gunicorn", "counselling.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", \
     "--access-logfile", "-"]
