package vn.thidua.common;

/** Roles carried in the token's {@code groups} claim. */
public final class Roles {

    /** Maintains reference data (provinces, clusters, memberships, catalogs). */
    public static final String ADMIN = "admin";
    /** Staff of the Central Emulation and Commendation Committee (Ban Thi đua - Khen thưởng Trung ương). */
    public static final String CENTRAL = "central";
    /** Officer of the province named by the token's {@code province} claim. */
    public static final String PROVINCE = "province";
    /** Reads only. */
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
