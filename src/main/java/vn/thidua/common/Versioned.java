package vn.thidua.common;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A representation with the version it was read at: the body of a response and its {@code ETag}. */
public record Versioned<T>(T body, long version) {

    public Response ok() {
        return Response.ok(body).tag(Versions.etag(version)).build();
    }

    public Response created(URI location) {
        return Response.created(location).tag(Versions.etag(version)).entity(body).build();
    }
}
