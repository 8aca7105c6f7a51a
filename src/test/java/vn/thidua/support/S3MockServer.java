package vn.thidua.support;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real S3-compatible server for the tests of the S3 store: Adobe's S3Mock (Apache-2.0), the standalone jar that
 * Maven copies from Maven Central into target/s3mock (pom.xml, maven-dependency-plugin), started as a process of
 * its own on the port given ({@code port}, from 18720; the next one is its unused HTTPS port) with an empty bucket,
 * its objects in target/s3mock/data-PORT, and stopped with the tests. Points the service's S3 store at it.
 */
public class S3MockServer implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "thidua-documents";

    private int port;
    private Process process;

    @Override
    public void init(Map<String, String> args) {
        port = Integer.parseInt(args.getOrDefault("port", "18720"));
    }

    @Override
    public Map<String, String> start() {
        Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the tests through Maven "
                    + "(process-test-resources copies it), e.g. ./mvnw test -Dtest=S3DossierTest");
        }
        if (answers()) {
            throw new IllegalStateException("port " + port + " is taken: an S3 server left running by an earlier run?");
        }
        Path root = jar.resolveSibling("data-" + port);
        Path log = jar.resolveSibling("s3mock-" + port + ".log");
        try {
            deleteTree(root);
            Files.createDirectories(root);
            process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                    "--com.adobe.testing.s3mock.httpPort=" + port,
                    "--server.port=" + (port + 1),
                    "--com.adobe.testing.s3mock.domain.initialBuckets=" + BUCKET,
                    "--com.adobe.testing.s3mock.domain.root=" + root.toAbsolutePath(),
                    "--spring.main.banner-mode=off"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("S3Mock exited with status " + process.exitValue());
                }
                return answers();
            });
        } catch (RuntimeException notUp) {
            process.destroyForcibly();
            throw new IllegalStateException("S3Mock did not start on port " + port + "; see " + log.toAbsolutePath(), notUp);
        }
        return Map.of(
                "thidua.documents.store", "s3",
                "thidua.documents.s3.bucket", BUCKET,
                "thidua.documents.s3.endpoint", "http://127.0.0.1:" + port,
                "thidua.documents.s3.region", "us-east-1",
                "thidua.documents.s3.access-key-id", "thidua-test",
                "thidua.documents.s3.secret-access-key", "thidua-test-secret");
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/" + BUCKET).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            c.getResponseCode();
            c.disconnect();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
