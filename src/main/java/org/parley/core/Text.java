package org.parley.core;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text limit as people count: at most {@link #max()} characters (Unicode code points) after
 * NFC normalisation, so "é" is one character whether sent composed or as e + U+0301, and an
 * emoji is one. With {@link #name()}, the text is a name: it must have at least one visible
 * character (a name of only spaces, zero-width characters or soft hyphens is refused), and its
 * folded search form (see {@link Names#fold}), which expands ligatures such as U+FDFA to many
 * characters, must fit the same limit. Null is valid (combine with {@code @NotNull}).
 */
@Target({ ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextValidator.class)
public @interface Text {

    int max();

    boolean name() default false;

    String message() default "is not a valid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
