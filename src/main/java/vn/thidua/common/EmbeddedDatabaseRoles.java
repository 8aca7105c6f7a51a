package vn.thidua.common;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Two database roles on the embedded PostgreSQL too (dev mode and tests), as in production: migrations
 * run as its superuser, the service connects as {@code embedded-database.service-role}, a role
 * the dev/test migrations create ({@code db/embedded/beforeMigrate.sql}). Active only where that
 * property is set (the dev and test profiles) and no external database is configured; its ordinal sits
 * above the embedded extension's (270) and below environment variables (300).
 */
public class EmbeddedDatabaseRoles implements ConfigSourceFactory {

    static final String SERVICE_ROLE = "embedded-database.service-role";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue role = context.getValue(SERVICE_ROLE);
        ConfigValue externalUrl = context.getValue("quarkus.datasource.jdbc.url");
        if (role == null || role.getValue() == null
                || (externalUrl != null && externalUrl.getValue() != null && !"embedded-postgresql".equals(externalUrl.getConfigSourceName()))
                || System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.username", role.getValue(),
                "quarkus.datasource.password", role.getValue(),
                "quarkus.flyway.username", "postgres",
                "quarkus.flyway.password", "postgres"), "thidua-embedded-database-roles", 275));
    }
}
