package vn.thidua.award;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionNote", description = "An optional note kept in the history with the action; send {} for none.")
public record ActionNote(
        @Size(max = 2000)
        @Schema(description = "The note.", example = "Gửi hồ sơ kèm tờ trình số 125/TTr-UBND.")
        String note) {
}
