package vn.thidua.dossier;

/**
 * What a dossier belongs to. A conference's minutes become one more kind here, one more owner column
 * in dossier_document and one more case in {@link Owners}.
 */
public enum OwnerKind {
    AWARD_RECOMMENDATION("award-recommendation", "/api/v1/award-recommendations/"),
    REPORT("report", "/api/v1/reports/");

    final String entity;
    final String basePath;

    OwnerKind(String entity, String basePath) {
        this.entity = entity;
        this.basePath = basePath;
    }
}
