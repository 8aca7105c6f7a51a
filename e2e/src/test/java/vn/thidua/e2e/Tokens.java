package vn.thidua.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mints bearer tokens (JWT, RS256) the way an identity provider would, with the key pair e2e/run.sh made for
 * this run: the service trusts its public key (MP_JWT_VERIFY_PUBLICKEY_LOCATION) and issuer (MP_JWT_VERIFY_ISSUER).
 * Claims: iss, aud (the service, thidua-api unless -Dthidua.audience says otherwise: the service refuses a token
 * meant for another one), sub, upn, groups (the role), iat, exp and, for province officers, province (the code of
 * a unit valid today: its officers act for that unit and every unit it took over).
 */
final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final String issuer;
    private final String audience;

    Tokens(Path pkcs8Pem, String issuer, String audience) throws IOException, GeneralSecurityException {
        String pem = Files.readString(pkcs8Pem, StandardCharsets.US_ASCII);
        if (!pem.contains("BEGIN PRIVATE KEY")) {
            throw new IllegalArgumentException(pkcs8Pem + " is not a PKCS#8 PEM private key");
        }
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        this.key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        this.issuer = issuer;
        this.audience = audience;
    }

    String admin() { return mint("admin", null); }

    String central() { return mint("central", null); }

    String viewer() { return mint("viewer", null); }

    /**
     * An officer of the province with this code: read by the service as the unit with that code today. A code that
     * names no unit today (36, Nam Định before the 2025 merger) is refused on every call.
     */
    String province(String code) { return mint("province", code); }

    private String mint(String role, String province) {
        long now = Instant.now().getEpochSecond();
        String subject = "e2e-" + role + (province == null ? "" : "-" + province);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("sub", subject);
        claims.put("upn", subject + "@e2e.thidua.local");
        claims.put("groups", List.of(role));
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        if (province != null) {
            claims.put("province", province);
        }
        try {
            String signingInput = part(Map.of("alg", "RS256", "typ", "JWT")) + "." + part(claims);
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(rs256.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String part(Map<String, Object> json) throws IOException {
        return B64URL.encodeToString(JSON.writeValueAsBytes(json));
    }
}
