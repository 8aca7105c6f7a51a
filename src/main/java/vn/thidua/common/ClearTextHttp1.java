package vn.thidua.common;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The plain-HTTP port speaks HTTP/1.1 only: a client's {@code Upgrade: h2c} is ignored and the request answered in
 * HTTP/1.1. An h2c upgrade makes the server read the whole upgrading request before it switches, so a document's
 * file of any size would be held in memory, and a refusal sent while the body still arrives (413) reset the stream
 * instead of reaching the client. The JDK's HTTP client asks for the upgrade by default. HTTP/2 remains for TLS,
 * where the load balancer that terminates it speaks it to browsers and portals.
 */
@ApplicationScoped
public class ClearTextHttp1 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
