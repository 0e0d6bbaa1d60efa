# Giliran runtime image (production path: Axon Server + external MongoDB).
#
# The jar is built outside Docker first:
#   mvn -DskipTests package        # produces ui/target/giliran.jar
#   docker compose up --build      # or: docker build -t giliran .
#
# Nothing is compiled here; the image only runs the prebuilt all-in-one jar.
FROM eclipse-temurin:17.0.15_6-jre

# Fonts for the report charts and PDF exports (Java2D lays text out with the system's fonts)
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

# Fixed, unprivileged user (uid/gid 10001) that owns only /app.
RUN groupadd --system --gid 10001 giliran \
 && useradd --system --uid 10001 --gid giliran --home-dir /app --shell /usr/sbin/nologin giliran \
 && mkdir -p /app/data \
 && chown -R giliran:giliran /app

WORKDIR /app
COPY --chown=giliran:giliran ui/target/giliran.jar /app/giliran.jar

# Defaults for the production path; every value can be overridden with -e / compose.
# In the axonserver profile events live in Axon Server and read models in MongoDB;
# GILIRAN_DATA_DIR only points somewhere writable for anything the app keeps locally.
ENV SPRING_PROFILES_ACTIVE=axonserver \
    PORT=8080 \
    AXONSERVER_SERVERS=axonserver:8124 \
    AXONSERVER_CONTEXT=default \
    GILIRAN_ZONE=Asia/Jakarta \
    GILIRAN_SEED_MASTER_DATA=true \
    GILIRAN_DATA_DIR=/app/data \
    AXONIQ_UPDATE_CHECKER_DISABLED=true \
    TZ=Asia/Jakarta \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

USER giliran
EXPOSE 8080

# The app has no actuator: check that the HTTP port accepts connections (bash /dev/tcp,
# so no curl/wget is needed). A plain TCP check also avoids creating an HTTP session
# on every probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080}"]

ENTRYPOINT ["java", "-jar", "/app/giliran.jar"]
