package vn.thidua.access;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Resolves a province officer's authority before any operation runs, so that a token whose code names
 * no unit today is refused everywhere (403), reads of reference data included, and not only where a
 * service happens to ask.
 */
public class OfficerFilter {

    private final AccessPolicy access;

    public OfficerFilter(AccessPolicy access) {
        this.access = access;
    }

    @ServerRequestFilter
    public void resolveOfficer() {
        access.officer();
    }
}
