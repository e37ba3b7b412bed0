package io.plancycle.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;

/** A KPI's target for one year (年度目標值), kept as written and as the software reads it. */
@Entity
@Audited
public class Target {

    /** The longest target as written that a plan keeps (the column's size). */
    public static final int MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Kpi kpi;
    @Column(name = "roc_year")
    private int year;
    private String raw;
    private String op;
    private BigDecimal amount;
    private String unit;
    @Enumerated(EnumType.STRING)
    private TargetKind kind;

    protected Target() {
    }

    Target(Kpi kpi, int year, ParsedTarget parsed) {
        this.kpi = kpi;
        this.year = year;
        set(parsed);
    }

    void set(ParsedTarget parsed) {
        this.raw = parsed.raw();
        this.op = parsed.op();
        this.amount = parsed.value();
        this.unit = parsed.unit();
        this.kind = parsed.kind();
    }

    /** The target as parsed; its figure the same whether just set or read back from its column (500, not 500.000000). */
    public ParsedTarget parsed() {
        return new ParsedTarget(raw, op, amount == null ? null : amount.stripTrailingZeros(), unit, kind);
    }

    public Long getId() { return id; }
    public Kpi getKpi() { return kpi; }
    public int getYear() { return year; }
    public String getRaw() { return raw; }
    public TargetKind getKind() { return kind; }
}
