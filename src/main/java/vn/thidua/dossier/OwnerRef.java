package vn.thidua.dossier;

/** The owner of a dossier, by kind and id. */
public record OwnerRef(OwnerKind kind, long id) {

    String href() {
        return kind.basePath + id;
    }
}
