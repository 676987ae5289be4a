# Production image: the same WAR, Payara Micro and boot file that bin/notewell and the tests run,
# on a JDK 21 base, configured for PostgreSQL from the environment.
#   docker build -t notewell .
#   docker run -p 8080:8080 -e NOTEWELL_DB_URL=jdbc:postgresql://db:5432/notewell \
#     -e NOTEWELL_DB_USER=notewell -e NOTEWELL_DB_PASSWORD=... -e NOTEWELL_ENCRYPTION_KEY=... \
#     -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:/run/secrets/operator.pem notewell
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src src
COPY server-config server-config
RUN mvn -B -ntp package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --home /opt/notewell notewell && mkdir -p /var/lib/notewell && chown notewell /var/lib/notewell
WORKDIR /opt/notewell
COPY --from=build /src/target/notewell.war /src/target/payara-micro.jar /src/target/activemq-rar.rar target/
COPY server-config server-config
COPY bin bin
ENV NOTEWELL_DATA_DIR=/var/lib/notewell \
    NOTEWELL_PORT=8080 \
    NOTEWELL_SKIP_BUILD=1 \
    NOTEWELL_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
    NOTEWELL_DEV_PARTNER_ENABLED=false \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
USER notewell
EXPOSE 8080
# Ready means a 200 that names the database check: while the WAR is still deploying, Payara answers /health/ready
# with 200 and an empty list of checks (measured 2026-12-04: for 8 s of a 20 s start, during which the API answers 404).
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /health/ready HTTP/1.0\r\n\r\n" >&3 && r=$(cat <&3) && [[ "$r" == "HTTP/1.1 200"* && "$r" == *"\"name\":\"database\",\"status\":\"UP\""* ]]'
ENTRYPOINT ["bash", "bin/notewell"]
