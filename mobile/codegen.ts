import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents from the API's committed SDL (`make schema` writes it): a schema change that
// breaks a query here fails `npm run codegen:check` and `tsc`.
const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: {
          DateTime: "string",
          Date: "string",
          Time: "string",
          Decimal: "string",
          JSON: "unknown",
        },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
