package vn.thidua.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the verified token: subject, role, and for a province officer the province code. */
@RequestScoped
public class CurrentUser {

    /** Strongest role first: the one recorded when a token carries several. */
    private static final List<String> ROLES = List.of(Roles.CENTRAL, Roles.ADMIN, Roles.PROVINCE, Roles.VIEWER);

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** The province code of a {@code province} user (the token's {@code province} claim). */
    public Optional<String> provinceCode() {
        if (!has(Roles.PROVINCE)) {
            return Optional.empty();
        }
        Object claim = token.getClaim("province");
        return Optional.ofNullable(claim).map(Object::toString).map(s -> s.replace("\"", ""));
    }

    /** Who did something, as recorded in histories and audit. */
    public Actor actor() {
        String role = ROLES.stream().filter(this::has).findFirst().orElse("none");
        return new Actor(identity.getPrincipal().getName(), role, provinceCode().orElse(null));
    }

    public record Actor(String subject, String role, String provinceCode) {
    }
}
