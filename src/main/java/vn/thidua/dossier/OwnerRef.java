package vn.thidua.dossier;

/** The owner of a dossier, by kind and id; a conference also by its cluster's code, which its address names. */
public record OwnerRef(OwnerKind kind, long id, String cluster) {

    OwnerRef(OwnerKind kind, long id) {
        this(kind, id, null);
    }

    String href() {
        return kind == OwnerKind.CONFERENCE ? "/api/v1/clusters/" + cluster + "/conferences/" + id : kind.basePath + id;
    }
}
