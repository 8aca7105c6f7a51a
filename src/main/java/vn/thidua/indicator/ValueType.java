package vn.thidua.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "INTEGER: whole numbers only (communes, districts); DECIMAL: any number with up to 4 decimals.")
public enum ValueType {
    INTEGER,
    DECIMAL
}
