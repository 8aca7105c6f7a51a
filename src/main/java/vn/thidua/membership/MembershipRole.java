package vn.thidua.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "HEAD: cụm trưởng (at most one per cluster and year); DEPUTY: cụm phó; MEMBER: thành viên.")
public enum MembershipRole {
    HEAD,
    DEPUTY,
    MEMBER
}
