package io.notewell.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * An Apache ActiveMQ Artemis broker as production runs it beside Notewell: the distribution from Maven Central
 * (unpacked by the {@code reliability} profile into {@code artemis.home}), an instance made with
 * {@code artemis create} (login required, persistent journal, one acceptor on a free loopback port speaking
 * OpenWire and Core), started with {@code artemis run} and killed with SIGKILL.
 */
public final class ArtemisBroker implements AutoCloseable {

    public static final String USER = "notewell";
    public static final String PASSWORD = "reliability-only";

    private final Path instance;
    public final int port;
    private Process process;
    private int starts;

    private ArtemisBroker(Path instance, int port) {
        this.instance = instance;
        this.port = port;
    }

    /** Creates a broker instance in {@code dir} (not started). */
    public static ArtemisBroker create(Path dir) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("artemis.home", "target/artemis/apache-artemis"));
        if (!Files.isRegularFile(home.resolve("bin/artemis"))) {
            throw new IllegalStateException("no Artemis distribution at " + home + " (run with -Preliability)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path instance = dir.resolve("artemis");
        Process create = new ProcessBuilder("bash", home.resolve("bin/artemis").toString(), "create",
                "--user", USER, "--password", PASSWORD, "--require-login", "--no-web", "--host", "127.0.0.1",
                "--default-port", Integer.toString(port), "--no-autotune", "--no-amqp-acceptor", "--no-mqtt-acceptor",
                "--no-stomp-acceptor", "--no-hornetq-acceptor", "--silent", instance.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("artemis-create.log").toFile()).start();
        if (create.waitFor() != 0) {
            throw new IllegalStateException("artemis create failed: " + Files.readString(dir.resolve("artemis-create.log")));
        }
        return new ArtemisBroker(instance, port);
    }

    /** The broker URL Notewell's resource adapter is given, as the README's scale-out section recommends. */
    public String url() {
        return "failover:(tcp://127.0.0.1:" + port + ")?timeout=5000&maxReconnectAttempts=3&initialReconnectDelay=100&maxReconnectDelay=2000";
    }

    public void start() throws IOException, InterruptedException {
        starts++;
        Path log = instance.resolve("run-" + starts + ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_ARGS", "-Xms64m -Xmx384m -XX:+UseG1GC --add-opens java.base/jdk.internal.misc=ALL-UNNAMED");
        process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Artemis exited: " + Files.readString(log));
            }
            if (Files.readString(log).contains("AMQ221007") && accepts()) { // "Server is now active"
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Artemis not live within a minute: " + Files.readString(log));
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** SIGKILL: the journal is left as a crash leaves it. ({@code artemis run} execs the JVM.) */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
