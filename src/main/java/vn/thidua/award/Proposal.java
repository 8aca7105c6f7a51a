package vn.thidua.award;

/** The fields a proposing province writes, when it proposes (create) and when it corrects (update). */
interface Proposal {

    String awardTypeCode();

    CommendationKind kind();

    NomineeKind nomineeKind();

    String nomineeName();

    String nomineeProvinceCode();

    String nomineeOrganisation();

    String nomineePosition();

    Boolean directWorker();

    String movementCode();

    String achievements();
}
