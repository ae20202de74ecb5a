-- Costing masters (COSTING.md §2), one set per shop. tenant_id 0 holds the template every new shop is
-- seeded from (MastersService::seedTenant); these tables have no foreign key to tenants so the template can
-- exist before any shop does. Rupee rates are integer paise (per kg); engineering values are double precision.

-- Paper base price by BF.
CREATE TABLE masters_bf_prices (
    tenant_id BIGINT NOT NULL,
    bf DOUBLE PRECISION NOT NULL CHECK (bf > 0),
    price_paise BIGINT NOT NULL CHECK (price_paise >= 0),
    PRIMARY KEY (tenant_id, bf)
);

-- Paper shades and their premium. name_key is the name in ASCII lower case: shades match case-insensitively.
CREATE TABLE masters_shades (
    tenant_id BIGINT NOT NULL,
    name_key TEXT NOT NULL,
    name TEXT NOT NULL,
    premium_paise BIGINT NOT NULL DEFAULT 0 CHECK (premium_paise >= 0),
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, name_key)
);

-- One row per shop: the GSM adjustment rule and the market adjustment (paise per kg, either sign).
CREATE TABLE masters_gsm_rules (
    tenant_id BIGINT PRIMARY KEY,
    low_limit DOUBLE PRECISION NOT NULL,
    low_adj_paise BIGINT NOT NULL,
    high_limit DOUBLE PRECISION NOT NULL,
    high_adj_paise BIGINT NOT NULL,
    market_paise BIGINT NOT NULL
);

CREATE TABLE masters_flutes (
    tenant_id BIGINT NOT NULL,
    letter TEXT NOT NULL CHECK (length(letter) = 1),
    factor DOUBLE PRECISION NOT NULL CHECK (factor >= 1.0 AND factor <= 2.0),
    height_mm DOUBLE PRECISION NOT NULL CHECK (height_mm > 0),
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, letter)
);

-- Per-ply defaults: board thickness for OD to ID, glue flap, deckle allowance, extra joint flap.
CREATE TABLE masters_ply (
    tenant_id BIGINT NOT NULL,
    ply INTEGER NOT NULL CHECK (ply IN (1, 3, 5, 7, 9)),
    thickness_mm DOUBLE PRECISION NOT NULL CHECK (thickness_mm > 0),
    glue_flap_mm DOUBLE PRECISION NOT NULL CHECK (glue_flap_mm >= 0),
    deckle_mm DOUBLE PRECISION NOT NULL CHECK (deckle_mm >= 0),
    extra_flap_mm DOUBLE PRECISION NOT NULL CHECK (extra_flap_mm >= 0),
    PRIMARY KEY (tenant_id, ply)
);

-- One row per shop: the scalar business settings. Its row_version is the version of the whole master set,
-- so two people editing the masters at once cannot overwrite each other unnoticed.
CREATE TABLE masters_business (
    tenant_id BIGINT PRIMARY KEY,
    max_length_mm DOUBLE PRECISION NOT NULL CHECK (max_length_mm >= 0),
    sheet_allowance_mm DOUBLE PRECISION NOT NULL CHECK (sheet_allowance_mm >= 0),
    conversion_paise_per_kg BIGINT NOT NULL CHECK (conversion_paise_per_kg >= 0),
    markup_percent DOUBLE PRECISION NOT NULL CHECK (markup_percent >= 0),
    gst_percent DOUBLE PRECISION NOT NULL,
    round_off INTEGER NOT NULL CHECK (round_off IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Rate memory: the last manual paper rate a shop used for a BF and shade, offered the next time.
CREATE TABLE masters_rate_memory (
    tenant_id BIGINT NOT NULL,
    bf DOUBLE PRECISION NOT NULL,
    shade_key TEXT NOT NULL,
    shade TEXT NOT NULL,
    rate_paise BIGINT NOT NULL CHECK (rate_paise >= 0),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, bf, shade_key)
);

-- The template: COSTING.md §2 defaults.
INSERT INTO masters_bf_prices (tenant_id, bf, price_paise) VALUES
    (0, 14, 3200), (0, 16, 3300), (0, 18, 3400), (0, 20, 3500),
    (0, 22, 3650), (0, 24, 3850), (0, 28, 4450), (0, 35, 5000);
INSERT INTO masters_shades (tenant_id, name_key, name, premium_paise, sort_order) VALUES
    (0, 'kraft/natural', 'Kraft/Natural', 0, 1),
    (0, 'golden kraft', 'Golden Kraft', 0, 2),
    (0, 'testliner', 'Testliner', 0, 3),
    (0, 'virgin kraft liner', 'Virgin Kraft Liner', 0, 4),
    (0, 'white kraft liner', 'White Kraft Liner', 0, 5),
    (0, 'white top testliner', 'White Top Testliner', 0, 6),
    (0, 'duplex grey back (lwc)', 'Duplex Grey Back (LWC)', 0, 7),
    (0, 'duplex grey back (hwc)', 'Duplex Grey Back (HWC)', 0, 8),
    (0, 'semi chemical fluting', 'Semi Chemical Fluting', 0, 9),
    (0, 'recycled fluting', 'Recycled Fluting', 0, 10),
    (0, 'bagasse (agro based)', 'Bagasse (Agro based)', 0, 11);
INSERT INTO masters_gsm_rules (tenant_id, low_limit, low_adj_paise, high_limit, high_adj_paise, market_paise) VALUES
    (0, 101, 100, 201, 100, 0);
INSERT INTO masters_flutes (tenant_id, letter, factor, height_mm, sort_order) VALUES
    (0, 'A', 1.55, 4.8, 1), (0, 'B', 1.35, 2.5, 2), (0, 'C', 1.45, 3.6, 3), (0, 'E', 1.25, 1.2, 4), (0, 'F', 1.20, 0.8, 5);
INSERT INTO masters_ply (tenant_id, ply, thickness_mm, glue_flap_mm, deckle_mm, extra_flap_mm) VALUES
    (0, 1, 0.45, 50, 30, 50), (0, 3, 2.5, 45, 25, 50), (0, 5, 3.5, 50, 30, 60), (0, 7, 5.5, 60, 35, 70),
    (0, 9, 6.5, 70, 40, 80);
INSERT INTO masters_business (tenant_id, max_length_mm, sheet_allowance_mm, conversion_paise_per_kg, markup_percent,
                              gst_percent, round_off) VALUES
    (0, 1500, 10, 1500, 15, 5, 1);

-- Shops that already exist get the template too.
INSERT INTO masters_bf_prices (tenant_id, bf, price_paise)
    SELECT t.id, m.bf, m.price_paise FROM tenants t CROSS JOIN masters_bf_prices m WHERE m.tenant_id = 0;
INSERT INTO masters_shades (tenant_id, name_key, name, premium_paise, sort_order)
    SELECT t.id, m.name_key, m.name, m.premium_paise, m.sort_order FROM tenants t CROSS JOIN masters_shades m
    WHERE m.tenant_id = 0;
INSERT INTO masters_gsm_rules (tenant_id, low_limit, low_adj_paise, high_limit, high_adj_paise, market_paise)
    SELECT t.id, m.low_limit, m.low_adj_paise, m.high_limit, m.high_adj_paise, m.market_paise
    FROM tenants t CROSS JOIN masters_gsm_rules m WHERE m.tenant_id = 0;
INSERT INTO masters_flutes (tenant_id, letter, factor, height_mm, sort_order)
    SELECT t.id, m.letter, m.factor, m.height_mm, m.sort_order FROM tenants t CROSS JOIN masters_flutes m
    WHERE m.tenant_id = 0;
INSERT INTO masters_ply (tenant_id, ply, thickness_mm, glue_flap_mm, deckle_mm, extra_flap_mm)
    SELECT t.id, m.ply, m.thickness_mm, m.glue_flap_mm, m.deckle_mm, m.extra_flap_mm FROM tenants t
    CROSS JOIN masters_ply m WHERE m.tenant_id = 0;
INSERT INTO masters_business (tenant_id, max_length_mm, sheet_allowance_mm, conversion_paise_per_kg, markup_percent,
                              gst_percent, round_off)
    SELECT t.id, m.max_length_mm, m.sheet_allowance_mm, m.conversion_paise_per_kg, m.markup_percent, m.gst_percent,
           m.round_off FROM tenants t CROSS JOIN masters_business m WHERE m.tenant_id = 0;
