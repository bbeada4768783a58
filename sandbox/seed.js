// @ts-check
// The sandbox's seed data: the documents' own examples, so that each documented
// request works as written, plus customers for every country the asset-loans
// API names. Identity numbers are valid test numbers (checksums correct); the
// asset-offer document's own `196801012345` fails the personnummer checksum and
// is answered with lendkit's validation error.

/**
 * @typedef {object} SeedVehicle
 * @property {string} assetType
 * @property {string} make
 * @property {string} model
 * @property {number} modelYear
 * @property {string} valuation decimal string, in the country's currency
 * @property {string} [registrationNumber]
 * @property {string} [vin]
 * @property {string} [assetId] a documented id this vehicle keeps in every offer
 */

/**
 * @typedef {object} SeedCustomer
 * @property {string} identityNumber
 * @property {string} country
 * @property {string} name
 * @property {SeedVehicle[]} assets
 */

/**
 * @typedef {object} SeedAgent
 * @property {string} id
 * @property {string} name
 * @property {string} username
 * @property {string} password
 * @property {string[]} allowed_asset_types
 * @property {string} created_at
 * @property {import("lendkit").PricingTable} pricing lendkit's PricingTable
 */

/**
 * @typedef {object} Seed
 * @property {import("lendkit").AssetPolicy} assetPolicy lendkit's AssetPolicy
 * @property {Record<string, { name: string, referencePrefix: string }>} registries per country
 * @property {SeedCustomer[]} customers
 * @property {{ offerId: string, identityNumber: string, country: string }[]} assetOffers pre-issued offers
 * @property {Record<string, { personId: string, name: string }>} persons Tuum persons
 * @property {Record<string, Record<string, any>>} tuumProducts Tuum loan products by loanTypeCode
 * @property {Record<string, any>[]} tuumOffers pre-existing Tuum offers
 * @property {SeedAgent[]} agents Nemuru agents
 */

/** @returns {Seed} */
export function defaultSeed() {
  return {
    assetPolicy: {
      currencyByCountry: { SE: "SEK", NO: "NOK", FI: "EUR" },
      ltv: [
        { assetType: "vehicle", maxAgeYears: 4, loanToValue: "0.7" },
        { assetType: "vehicle", maxAgeYears: 10, loanToValue: "0.6" },
      ],
      minLoanAmount: "2000",
      maxLoanAmount: "500000",
      roundingStep: "1000",
      offerValidityHours: 168,
      minimumAge: 18,
    },
    registries: {
      SE: { name: "transportstyrelsen", referencePrefix: "TS" },
      NO: { name: "brreg_losoreregisteret", referencePrefix: "LR" },
      FI: { name: "traficom", referencePrefix: "TRAFI" },
    },
    customers: [
      {
        identityNumber: "196801012342",
        country: "SE",
        name: "Anna Larsson",
        assets: [
          {
            assetType: "vehicle",
            make: "Volvo",
            model: "XC60",
            modelYear: 2021,
            valuation: "215500",
            registrationNumber: "ABC123",
            assetId: "asset_vehicle_9f3kd82jpl",
          },
          {
            assetType: "vehicle",
            make: "BMW",
            model: "320i",
            modelYear: 2019,
            valuation: "75900",
            registrationNumber: "XYZ789",
            assetId: "asset_vehicle_4m2np91xqk",
          },
        ],
      },
      {
        identityNumber: "15038512363",
        country: "NO",
        name: "Ola Nordmann",
        assets: [
          { assetType: "vehicle", make: "Tesla", model: "Model Y", modelYear: 2022, valuation: "389000", registrationNumber: "EL12345" },
          { assetType: "vehicle", make: "Toyota", model: "Corolla", modelYear: 2008, valuation: "35000", registrationNumber: "AB12345" },
        ],
      },
      {
        identityNumber: "131052-308T",
        country: "FI",
        name: "Matti Meikäläinen",
        assets: [
          { assetType: "vehicle", make: "Skoda", model: "Octavia", modelYear: 2020, valuation: "21500", registrationNumber: "ABC-123" },
        ],
      },
    ],
    assetOffers: [{ offerId: "off_k93mxp12", identityNumber: "196801012342", country: "SE" }],
    persons: {
      "ID-3392": { personId: "ID-3392", name: "Trevor Harry Tuum" },
    },
    tuumProducts: {
      BALLOON_LOAN: {
        loanTypeCode: "BALLOON_LOAN",
        scheduleTypeCode: "BALLOON",
        interestRate: 5,
        interestTypeCode: "FIX",
        maxPeriod: 120,
        maxMoney: 100000,
        amortisationPeriod: 300,
        feeMoney: null,
        loanGroupCode: "SECURED_LOAN",
        validityDays: 0,
      },
      "ANNUITY STANDARD": {
        loanTypeCode: "ANNUITY STANDARD",
        scheduleTypeCode: "ANNUITY",
        interestRate: 1.539,
        interestTypeCode: "FLOATING",
        interestMarginRate: 1.2,
        interestBaseRate: 0.339,
        rateBaseCode: "EURIBOR-6M",
        maxPeriod: 48,
        maxMoney: 12345.67,
        amortisationPeriod: null,
        feeMoney: 25,
        loanGroupCode: "UNSECURED_LOAN",
        validityDays: 25,
      },
    },
    tuumOffers: [
      {
        offerId: "ID-1664282481",
        applicationId: "ID-1664282445",
        personId: "ID-3392",
        loanTypeCode: "ANNUITY STANDARD",
        requestedMoney: { amount: 10000, currencyCode: "GBP" },
        offeredMoney: { amount: 10000, currencyCode: "GBP" },
        loanPeriod: 10,
        paymentDay: 1,
        invoiceDay: 8,
        invoiceDueDay: 3,
        countryCode: "GB",
        monthlyRepaymentMoney: { amount: 1032.86, currencyCode: "GBP" },
        applicationScore: 123.45,
        repaymentChannelCode: "TRUSTLY",
        paymentInstructions: [
          {
            beneficiaryName: "Trevor Harry Tuum",
            beneficiaryIban: "GB72XXXX04030000000986",
            money: { amount: 10000, currencyCode: "GBP" },
            paymentChannelCode: "TRUSTLY",
          },
        ],
      },
    ],
    agents: [
      {
        id: "23f4dd4f-79aa-4ed2-ad7d-5c657eb4c7f7",
        name: "Agent 1",
        username: "username@email.com",
        password: "12345",
        allowed_asset_types: ["home_improvement", "auto"],
        created_at: "2020-02-04T12:52:15+00:00",
        pricing: {
          currency: "EUR",
          programs: [
            {
              program: "zero_program",
              annualInterest: "0",
              merchantDiscountPercentage: "0.099",
              minPrincipal: "300",
              maxPrincipal: "30000",
              minTerm: 3,
              maxTerm: 60,
            },
            {
              program: "free_program",
              annualInterest: "0.091",
              merchantDiscountPercentage: "0",
              minPrincipal: "300",
              maxPrincipal: "30000",
              minTerm: 3,
              maxTerm: 60,
            },
          ],
        },
      },
      {
        id: "9286898b-7bb7-4885-9a9b-94c4e880378b",
        name: "Agent 2",
        username: "other@email.com",
        password: "12345",
        allowed_asset_types: ["education", "home_improvement"],
        created_at: "2020-06-18T00:00:00+00:00",
        pricing: {
          currency: "EUR",
          programs: [
            {
              program: "free_program",
              annualInterest: "0.119",
              merchantDiscountPercentage: "0",
              minPrincipal: "300",
              maxPrincipal: "20000",
              minTerm: 6,
              maxTerm: 48,
            },
          ],
        },
      },
    ],
  };
}
