package vn.thidua.cluster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PROVINCES: cụm thi đua of provinces (a province is in at most one per year); "
        + "BLOC: khối thi đua of agencies or sectors.")
public enum ClusterKind {
    PROVINCES,
    BLOC
}
