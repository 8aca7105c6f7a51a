package vn.thidua.training;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the packaged service needs to start in the production profile, for {@link TrainingIT}: a PostgreSQL of its
 * own (the embedded one the tests use, started here, since the packaged jar does not carry it) and the dev key pair's
 * public key to verify tokens, as an operator would configure them.
 */
public class PackagedServiceDatabase implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "https://training.thidua.local";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "mp.jwt.verify.publickey.location", Path.of("dev/jwt/publicKey.pem").toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "quarkus.log.console.json.enabled", "false");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
