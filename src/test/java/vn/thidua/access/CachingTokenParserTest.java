package vn.thidua.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens: what it keeps, for how long, and what it never keeps. */
class CachingTokenParserTest {

    private static final String ISSUER = "https://thidua.dev.local";
    private static final String AUDIENCE = "thidua-api";

    /** A clock the test moves; starts now, since the parser itself checks exp against the real time. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private PrivateKey signingKey;
    private JWTAuthContextInfo context;
    private MovableClock clock;

    @BeforeEach
    void keys() throws Exception {
        signingKey = KeyUtils.decodePrivateKey(Files.readString(Path.of("dev/jwt/privateKey.pem")));
        context = new JWTAuthContextInfo(KeyUtils.decodePublicKey(Files.readString(Path.of("dev/jwt/publicKey.pem"))), ISSUER);
        context.setExpectedAudience(Set.of(AUDIENCE));
        clock = new MovableClock();
    }

    private String token(String subject, Duration lifetime) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups("viewer")
                .issuedAt(clock.instant()).expiresAt(clock.instant().plus(lifetime)).sign(signingKey);
    }

    private CachingTokenParser parser(int size, Duration maxAge) {
        return new CachingTokenParser(context, size, maxAge, clock);
    }

    @Test
    void aVerifiedTokenIsServedFromTheCacheUntilItsExpiry() throws ParseException {
        CachingTokenParser parser = parser(100, Duration.ofHours(1));
        String bearer = token("officer-a", Duration.ofMinutes(10));
        JsonWebToken first = parser.parse(bearer);
        assertSame(first, parser.parse(bearer), "the second call is answered by the first verification");
        clock.advance(Duration.ofMinutes(10));
        assertNotSame(first, parser.parse(bearer), "at exp the cached verification is no longer used");
    }

    @Test
    void aVerifiedTokenIsVerifiedAgainAfterTheMaximumAge() throws ParseException {
        CachingTokenParser parser = parser(100, Duration.ofSeconds(60));
        String bearer = token("officer-b", Duration.ofHours(1));
        JsonWebToken first = parser.parse(bearer);
        clock.advance(Duration.ofSeconds(59));
        assertSame(first, parser.parse(bearer));
        clock.advance(Duration.ofSeconds(1));
        assertNotSame(first, parser.parse(bearer));
    }

    @Test
    void aTokenThatFailsVerificationIsNeverCached() {
        CachingTokenParser parser = parser(100, Duration.ofHours(1));
        String bearer = token("officer-c", Duration.ofMinutes(10));
        String[] parts = bearer.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        String foreign = Jwt.issuer(ISSUER).audience("another-service").subject("x").groups("central")
                .expiresAt(clock.instant().plusSeconds(600)).sign(signingKey);
        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> parser.parse(forged), "a forged token is refused every time");
            assertThrows(ParseException.class, () -> parser.parse(foreign), "a token for another audience is refused every time");
        }
        assertEquals(0, parser.cached());
    }

    @Test
    void theCacheHoldsAtMostItsSize() throws ParseException {
        CachingTokenParser parser = parser(3, Duration.ofHours(1));
        for (int i = 0; i < 10; i++) {
            parser.parse(token("officer-" + i, Duration.ofMinutes(10)));
            assertTrue(parser.cached() <= 3, "at most 3 tokens kept, found " + parser.cached());
        }
    }
}
