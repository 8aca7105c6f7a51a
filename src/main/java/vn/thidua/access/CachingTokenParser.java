package vn.thidua.access;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token verification of SmallRye JWT, with a bounded cache of tokens it has already verified: a portal
 * sends the same token with every call, and re-parsing and re-verifying its RS256 signature was the largest cost
 * of a simple read (bench/RESULTS.md). Only the outcome of a successful verification by the unchanged
 * {@link DefaultJWTParser} is kept, and only for this token:
 * <ul>
 * <li>keyed by the SHA-256 of the token (the token itself is not kept as a key), so a different token, even
 * another signature over the same claims, is verified afresh;</li>
 * <li>never beyond the token's {@code exp}, and never longer than {@code thidua.token-cache.max-age} (60 s by
 * default): a change of the trusted key or issuer (which needs a restart anyway) or a token withdrawn at the
 * issuer is honoured within that time;</li>
 * <li>a token that fails verification is never cached: it is verified (and refused) on every call;</li>
 * <li>at most {@code thidua.token-cache.size} tokens (10,000 by default): when full, the expired ones go, and if
 * none has expired the cache starts again empty.</li>
 * </ul>
 * What a token grants is still decided per request from its claims (roles, the province, which units exist
 * today), so the cache holds nothing that another instance could change: it is safe with many instances.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingTokenParser extends DefaultJWTParser {

    private record Verified(JsonWebToken token, long validUntilMillis) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final int size;
    private final long maxAgeMillis;
    private final Clock clock;

    @Inject
    public CachingTokenParser(@ConfigProperty(name = "thidua.token-cache.size", defaultValue = "10000") int size,
                              @ConfigProperty(name = "thidua.token-cache.max-age", defaultValue = "PT60S") Duration maxAge) {
        this.size = size;
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = Clock.systemUTC();
    }

    /** Outside CDI (unit tests): verifies with this context, on this clock. */
    CachingTokenParser(JWTAuthContextInfo context, int size, Duration maxAge, Clock clock) {
        super(context);
        this.size = size;
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        String key = sha256(bearerToken);
        long now = clock.millis();
        Verified hit = verified.get(key);
        if (hit != null && now < hit.validUntilMillis()) {
            return hit.token();
        }
        JsonWebToken token = super.parse(bearerToken);
        long expiresMillis = token.getExpirationTime() * 1000;
        if (expiresMillis > now && size > 0) {
            if (verified.size() >= size) {
                makeRoom(now);
            }
            verified.put(key, new Verified(token, Math.min(expiresMillis, now + maxAgeMillis)));
        }
        return token;
    }

    /** How many verified tokens are kept now. */
    int cached() {
        return verified.size();
    }

    private void makeRoom(long now) {
        verified.values().removeIf(v -> v.validUntilMillis() <= now);
        if (verified.size() >= size) {
            verified.clear();
        }
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
