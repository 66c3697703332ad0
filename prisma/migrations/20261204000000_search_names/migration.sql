-- Country and person names as searchable terms of the claims about them: a claim about North
-- Korea is found by « North Korea » and by « Corée du Nord » whether or not its text names the
-- country, and a claim by a person in /v1/leaders by that person's recorded name.
--
-- The ISO 3166-1 names, every English and French one i18n-iso-countries 7.14.0 lists per code,
-- are a reference table written here, since a trigger cannot call the package;
-- tests/db/search-names.test.ts fails when the table and the installed package disagree. To
-- the reference names a claim adds its country's recorded name and its claimant's recorded name
-- (view "claim_search_names"), in a fourth full-text column, "names", which a qFields search
-- leaves out. FTS5 tables take no new column, so claim_fts is built again, on the same keys.

CREATE TABLE "search_country_name" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "names" TEXT NOT NULL
);

INSERT INTO "search_country_name" ("code", "names") VALUES
    ('AD', 'Andorra | Andorre'),
    ('AE', 'United Arab Emirates | UAE | Émirats Arabes Unis'),
    ('AF', 'Afghanistan'),
    ('AG', 'Antigua and Barbuda | Antigua-et-Barbuda'),
    ('AI', 'Anguilla'),
    ('AL', 'Albania | Albanie'),
    ('AM', 'Armenia | Arménie'),
    ('AO', 'Angola'),
    ('AQ', 'Antarctica | Antarctique'),
    ('AR', 'Argentina | Argentine'),
    ('AS', 'American Samoa | Samoa américaines'),
    ('AT', 'Austria | Autriche'),
    ('AU', 'Australia | Australie'),
    ('AW', 'Aruba'),
    ('AX', 'Åland Islands | Aland Islands | Åland'),
    ('AZ', 'Azerbaijan | Azerbaïdjan'),
    ('BA', 'Bosnia and Herzegovina | Bosnie-Herzégovine'),
    ('BB', 'Barbados | Barbade'),
    ('BD', 'Bangladesh'),
    ('BE', 'Belgium | Belgique'),
    ('BF', 'Burkina Faso'),
    ('BG', 'Bulgaria | Bulgarie'),
    ('BH', 'Bahrain | Bahreïn'),
    ('BI', 'Burundi'),
    ('BJ', 'Benin | Bénin'),
    ('BL', 'Saint Barthélemy | Saint-Barthélemy'),
    ('BM', 'Bermuda | Bermudes'),
    ('BN', 'Brunei Darussalam'),
    ('BO', 'Bolivia | Bolivie'),
    ('BQ', 'Bonaire, Sint Eustatius and Saba | Bonaire, Saint-Eustache et Saba'),
    ('BR', 'Brazil | Brésil'),
    ('BS', 'Bahamas'),
    ('BT', 'Bhutan | Bhoutan'),
    ('BV', 'Bouvet Island | Île Bouvet'),
    ('BW', 'Botswana'),
    ('BY', 'Belarus | Biélorussie'),
    ('BZ', 'Belize'),
    ('CA', 'Canada'),
    ('CC', 'Cocos (Keeling) Islands | Îles Cocos'),
    ('CD', 'Democratic Republic of the Congo | Congo | République démocratique du Congo'),
    ('CF', 'Central African Republic | République Centrafricaine'),
    ('CG', 'Republic of the Congo | Congo | République du Congo'),
    ('CH', 'Switzerland | Suisse'),
    ('CI', 'Cote d''Ivoire | Côte d''Ivoire | Ivory Coast | Côte-d''Ivoire'),
    ('CK', 'Cook Islands | Îles Cook'),
    ('CL', 'Chile | Chili'),
    ('CM', 'Cameroon | Cameroun'),
    ('CN', 'People''s Republic of China | China | Chine'),
    ('CO', 'Colombia | Colombie'),
    ('CR', 'Costa Rica'),
    ('CU', 'Cuba'),
    ('CV', 'Cape Verde | Cap-Vert'),
    ('CW', 'Curaçao'),
    ('CX', 'Christmas Island | Île Christmas'),
    ('CY', 'Cyprus | Chypre'),
    ('CZ', 'Czech Republic | Czechia | République Tchèque'),
    ('DE', 'Germany | Allemagne'),
    ('DJ', 'Djibouti'),
    ('DK', 'Denmark | Danemark'),
    ('DM', 'Dominica | Dominique'),
    ('DO', 'Dominican Republic | République Dominicaine'),
    ('DZ', 'Algeria | Algérie'),
    ('EC', 'Ecuador | Équateur'),
    ('EE', 'Estonia | Estonie'),
    ('EG', 'Egypt | Égypte'),
    ('EH', 'Western Sahara | Sahara occidental'),
    ('ER', 'Eritrea | Érythrée'),
    ('ES', 'Spain | Espagne'),
    ('ET', 'Ethiopia | Éthiopie'),
    ('FI', 'Finland | Finlande'),
    ('FJ', 'Fiji | Fidji'),
    ('FK', 'Falkland Islands (Malvinas) | Îles Malouines'),
    ('FM', 'Micronesia, Federated States of | Micronésie'),
    ('FO', 'Faroe Islands | Îles Féroé'),
    ('FR', 'France'),
    ('GA', 'Gabon'),
    ('GB', 'United Kingdom | UK | Great Britain | Royaume-Uni'),
    ('GD', 'Grenada | Grenade'),
    ('GE', 'Georgia | Géorgie'),
    ('GF', 'French Guiana | Guyane française'),
    ('GG', 'Guernsey | Guernesey'),
    ('GH', 'Ghana'),
    ('GI', 'Gibraltar'),
    ('GL', 'Greenland | Groenland'),
    ('GM', 'Republic of The Gambia | The Gambia | Gambia | Gambie'),
    ('GN', 'Guinea | Guinée'),
    ('GP', 'Guadeloupe'),
    ('GQ', 'Equatorial Guinea | Guinée équatoriale'),
    ('GR', 'Greece | Grèce'),
    ('GS', 'South Georgia and the South Sandwich Islands | Géorgie du Sud-et-les Îles Sandwich du Sud'),
    ('GT', 'Guatemala'),
    ('GU', 'Guam'),
    ('GW', 'Guinea-Bissau | Guinée-Bissau'),
    ('GY', 'Guyana'),
    ('HK', 'Hong Kong'),
    ('HM', 'Heard Island and McDonald Islands | Îles Heard-et-MacDonald'),
    ('HN', 'Honduras'),
    ('HR', 'Croatia | Croatie'),
    ('HT', 'Haiti | Haïti'),
    ('HU', 'Hungary | Hongrie'),
    ('ID', 'Indonesia | Indonésie'),
    ('IE', 'Ireland | Irlande'),
    ('IL', 'Israel | Israël'),
    ('IM', 'Isle of Man | Île de Man'),
    ('IN', 'India | Inde'),
    ('IO', 'British Indian Ocean Territory | Océan Indien Britannique'),
    ('IQ', 'Iraq | Irak'),
    ('IR', 'Islamic Republic of Iran | Iran'),
    ('IS', 'Iceland | Islande'),
    ('IT', 'Italy | Italie'),
    ('JE', 'Jersey'),
    ('JM', 'Jamaica | Jamaïque'),
    ('JO', 'Jordan | Jordanie'),
    ('JP', 'Japan | Japon'),
    ('KE', 'Kenya'),
    ('KG', 'Kyrgyzstan | Kirghizistan'),
    ('KH', 'Cambodia | Cambodge'),
    ('KI', 'Kiribati'),
    ('KM', 'Comoros | Comores'),
    ('KN', 'Saint Kitts and Nevis | Saint-Christophe-et-Niévès'),
    ('KP', 'North Korea | Corée du Nord'),
    ('KR', 'South Korea | Korea, Republic of | Republic of Korea | Corée du Sud'),
    ('KW', 'Kuwait | Koweït'),
    ('KY', 'Cayman Islands | Îles Caïmans'),
    ('KZ', 'Kazakhstan'),
    ('LA', 'Lao People''s Democratic Republic | Laos'),
    ('LB', 'Lebanon | Liban'),
    ('LC', 'Saint Lucia | Sainte-Lucie'),
    ('LI', 'Liechtenstein'),
    ('LK', 'Sri Lanka'),
    ('LR', 'Liberia | Libéria'),
    ('LS', 'Lesotho'),
    ('LT', 'Lithuania | Lituanie'),
    ('LU', 'Luxembourg'),
    ('LV', 'Latvia | Lettonie'),
    ('LY', 'Libya | Libye'),
    ('MA', 'Morocco | Maroc'),
    ('MC', 'Monaco'),
    ('MD', 'Moldova, Republic of | Moldavie'),
    ('ME', 'Montenegro | Monténégro'),
    ('MF', 'Saint Martin (French part) | Saint-Martin (partie française)'),
    ('MG', 'Madagascar'),
    ('MH', 'Marshall Islands | Îles Marshall'),
    ('MK', 'The Republic of North Macedonia | North Macedonia | Macédoine du Nord'),
    ('ML', 'Mali'),
    ('MM', 'Myanmar'),
    ('MN', 'Mongolia | Mongolie'),
    ('MO', 'Macao'),
    ('MP', 'Northern Mariana Islands | Îles Mariannes du Nord'),
    ('MQ', 'Martinique'),
    ('MR', 'Mauritania | Mauritanie'),
    ('MS', 'Montserrat'),
    ('MT', 'Malta | Malte'),
    ('MU', 'Mauritius | Maurice'),
    ('MV', 'Maldives'),
    ('MW', 'Malawi'),
    ('MX', 'Mexico | Mexique'),
    ('MY', 'Malaysia | Malaisie'),
    ('MZ', 'Mozambique'),
    ('NA', 'Namibia | Namibie'),
    ('NC', 'New Caledonia | Nouvelle-Calédonie'),
    ('NE', 'Niger'),
    ('NF', 'Norfolk Island | Île Norfolk'),
    ('NG', 'Nigeria | Nigéria'),
    ('NI', 'Nicaragua'),
    ('NL', 'Netherlands | The Netherlands | Netherlands (Kingdom of the) | Pays-Bas'),
    ('NO', 'Norway | Norvège'),
    ('NP', 'Nepal | Népal'),
    ('NR', 'Nauru'),
    ('NU', 'Niue | Niué'),
    ('NZ', 'New Zealand | Nouvelle-Zélande'),
    ('OM', 'Oman'),
    ('PA', 'Panama'),
    ('PE', 'Peru | Pérou'),
    ('PF', 'French Polynesia | Polynésie française'),
    ('PG', 'Papua New Guinea | Papouasie-Nouvelle-Guinée'),
    ('PH', 'Philippines'),
    ('PK', 'Pakistan'),
    ('PL', 'Poland | Pologne'),
    ('PM', 'Saint Pierre and Miquelon | Saint-Pierre-et-Miquelon'),
    ('PN', 'Pitcairn | Pitcairn Islands | Îles Pitcairn'),
    ('PR', 'Puerto Rico | Porto Rico'),
    ('PS', 'State of Palestine | Palestine'),
    ('PT', 'Portugal'),
    ('PW', 'Palau | Palaos'),
    ('PY', 'Paraguay'),
    ('QA', 'Qatar'),
    ('RE', 'Reunion | Réunion'),
    ('RO', 'Romania | Roumanie'),
    ('RS', 'Serbia | Serbie'),
    ('RU', 'Russian Federation | Russia | Russie'),
    ('RW', 'Rwanda'),
    ('SA', 'Saudi Arabia | Arabie Saoudite'),
    ('SB', 'Solomon Islands | Îles Salomon'),
    ('SC', 'Seychelles'),
    ('SD', 'Sudan | Soudan'),
    ('SE', 'Sweden | Suède'),
    ('SG', 'Singapore | Singapour'),
    ('SH', 'Saint Helena | Sainte-Hélène'),
    ('SI', 'Slovenia | Slovénie'),
    ('SJ', 'Svalbard and Jan Mayen | Svalbard et Île Jan Mayen'),
    ('SK', 'Slovakia | Slovaquie'),
    ('SL', 'Sierra Leone'),
    ('SM', 'San Marino | Saint-Marin'),
    ('SN', 'Senegal | Sénégal'),
    ('SO', 'Somalia | Somalie'),
    ('SR', 'Suriname'),
    ('SS', 'South Sudan | Soudan du Sud'),
    ('ST', 'Sao Tome and Principe | São Tomé-et-Principe'),
    ('SV', 'El Salvador'),
    ('SX', 'Sint Maarten (Dutch part) | Saint-Martin (partie néerlandaise)'),
    ('SY', 'Syrian Arab Republic | Syrie'),
    ('SZ', 'Eswatini | Royaume d''Eswatini'),
    ('TC', 'Turks and Caicos Islands | Îles Turques-et-Caïques'),
    ('TD', 'Chad | Tchad'),
    ('TF', 'French Southern Territories | Terres australes françaises'),
    ('TG', 'Togo'),
    ('TH', 'Thailand | Thaïlande'),
    ('TJ', 'Tajikistan | Tadjikistan'),
    ('TK', 'Tokelau'),
    ('TL', 'Timor-Leste'),
    ('TM', 'Turkmenistan | Turkménistan'),
    ('TN', 'Tunisia | Tunisie'),
    ('TO', 'Tonga'),
    ('TR', 'Türkiye | Turkey | Turquie'),
    ('TT', 'Trinidad and Tobago | Trinité-et-Tobago'),
    ('TV', 'Tuvalu'),
    ('TW', 'Taiwan, Province of China | Taiwan | Taïwan'),
    ('TZ', 'United Republic of Tanzania | Tanzania | République unie de Tanzanie'),
    ('UA', 'Ukraine'),
    ('UG', 'Uganda | Ouganda'),
    ('UM', 'United States Minor Outlying Islands | Îles mineures éloignées des États-Unis'),
    ('US', 'United States of America | United States | USA | U.S.A. | US | U.S. | États-Unis d''Amérique'),
    ('UY', 'Uruguay'),
    ('UZ', 'Uzbekistan | Ouzbékistan'),
    ('VA', 'Holy See (Vatican City State) | Saint-Siège (Vatican)'),
    ('VC', 'Saint Vincent and the Grenadines | Saint-Vincent-et-les-Grenadines'),
    ('VE', 'Venezuela'),
    ('VG', 'Virgin Islands, British | Îles vierges britanniques'),
    ('VI', 'Virgin Islands, U.S. | Îles vierges américaines'),
    ('VN', 'Vietnam'),
    ('VU', 'Vanuatu'),
    ('WF', 'Wallis and Futuna | Wallis-et-Futuna'),
    ('WS', 'Samoa'),
    ('XK', 'Kosovo'),
    ('YE', 'Yemen | Yémen'),
    ('YT', 'Mayotte'),
    ('ZA', 'South Africa | Afrique du Sud'),
    ('ZM', 'Zambia | Zambie'),
    ('ZW', 'Zimbabwe');

CREATE VIEW "claim_search_names" AS
SELECT c."id" AS "claim_id",
       COALESCE(n."names", '') || ' | ' || COALESCE(co."name", '') || ' | ' || COALESCE(l."name", '') AS "names"
FROM "Claim" c
LEFT JOIN "search_country_name" n ON n."code" = c."countryCode"
LEFT JOIN "Country" co ON co."code" = c."countryCode"
LEFT JOIN "Leader" l ON l."id" = c."claimantLeaderId";

DROP TRIGGER "claim_fts_after_insert";
DROP TRIGGER "claim_fts_after_update";
DROP TRIGGER "claim_fts_after_delete";
DROP TABLE "claim_fts";

CREATE VIRTUAL TABLE "claim_fts" USING fts5(
    "statement",
    "quote",
    "claimant",
    "names",
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "claim_fts" ("rowid", "statement", "quote", "claimant", "names")
    SELECT k."key", c."statement", c."quote", c."claimantName", s."names"
    FROM "Claim" c
    JOIN "claim_fts_key" k ON k."claim_id" = c."id"
    JOIN "claim_search_names" s ON s."claim_id" = c."id";

CREATE TRIGGER "claim_fts_after_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "claim_fts_key" ("claim_id") VALUES (NEW."id");
    INSERT INTO "claim_fts" ("rowid", "statement", "quote", "claimant", "names")
    VALUES (
        (SELECT "key" FROM "claim_fts_key" WHERE "claim_id" = NEW."id"),
        NEW."statement", NEW."quote", NEW."claimantName",
        (SELECT "names" FROM "claim_search_names" WHERE "claim_id" = NEW."id")
    );
END;

-- Prisma writes every column of a PATCH, so only a change of what is indexed rewrites the row.
CREATE TRIGGER "claim_fts_after_update" AFTER UPDATE OF "statement", "quote", "claimantName", "countryCode", "claimantLeaderId" ON "Claim"
WHEN OLD."statement" IS NOT NEW."statement" OR OLD."quote" IS NOT NEW."quote" OR OLD."claimantName" IS NOT NEW."claimantName"
    OR OLD."countryCode" IS NOT NEW."countryCode" OR OLD."claimantLeaderId" IS NOT NEW."claimantLeaderId" BEGIN
    UPDATE "claim_fts" SET "statement" = NEW."statement", "quote" = NEW."quote", "claimant" = NEW."claimantName",
        "names" = (SELECT "names" FROM "claim_search_names" WHERE "claim_id" = NEW."id")
    WHERE "rowid" = (SELECT "key" FROM "claim_fts_key" WHERE "claim_id" IN (OLD."id", NEW."id"));
END;

CREATE TRIGGER "claim_fts_after_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "claim_fts" WHERE "rowid" = (SELECT "key" FROM "claim_fts_key" WHERE "claim_id" = OLD."id");
    DELETE FROM "claim_fts_key" WHERE "claim_id" = OLD."id";
END;

-- A renamed country or person is found under the new name in every claim about or by them.
CREATE TRIGGER "claim_fts_after_country_name_update" AFTER UPDATE OF "name" ON "Country"
WHEN OLD."name" IS NOT NEW."name" BEGIN
    UPDATE "claim_fts" SET "names" = (
        SELECT s."names" FROM "claim_fts_key" k JOIN "claim_search_names" s ON s."claim_id" = k."claim_id"
        WHERE k."key" = "claim_fts"."rowid"
    )
    WHERE "rowid" IN (SELECT k."key" FROM "claim_fts_key" k JOIN "Claim" c ON c."id" = k."claim_id" WHERE c."countryCode" = NEW."code");
END;

CREATE TRIGGER "claim_fts_after_leader_name_update" AFTER UPDATE OF "name" ON "Leader"
WHEN OLD."name" IS NOT NEW."name" BEGIN
    UPDATE "claim_fts" SET "names" = (
        SELECT s."names" FROM "claim_fts_key" k JOIN "claim_search_names" s ON s."claim_id" = k."claim_id"
        WHERE k."key" = "claim_fts"."rowid"
    )
    WHERE "rowid" IN (SELECT k."key" FROM "claim_fts_key" k JOIN "Claim" c ON c."id" = k."claim_id" WHERE c."claimantLeaderId" = NEW."id");
END;
