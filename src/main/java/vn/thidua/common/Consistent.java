package vn.thidua.common;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A request body whose fields must agree with each other (the vote's numbers add up; a decision's fields fit its
 * outcome). The body states its rules in {@link Rules#inconsistencies()}; each broken one becomes a field error of
 * the 422 problem, named by its field, like any other Bean Validation violation.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = Consistent.Validator.class)
public @interface Consistent {

    String message() default "the fields do not agree";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What a body checked by {@link Consistent} implements. */
    interface Rules {

        /** The broken cross-field rules, each on the field a client should change; empty when consistent. */
        List<Problem.FieldError> inconsistencies();
    }

    class Validator implements ConstraintValidator<Consistent, Rules> {

        @Override
        public boolean isValid(Rules body, ConstraintValidatorContext context) {
            List<Problem.FieldError> errors = body == null ? List.of() : body.inconsistencies();
            if (errors.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (Problem.FieldError error : errors) {
                context.buildConstraintViolationWithTemplate(error.message().replaceAll("([\\\\{}$])", "\\\\$1"))
                        .addPropertyNode(error.field()).addConstraintViolation();
            }
            return false;
        }
    }
}
