import { z } from "zod";
import { ZClaimListQuery } from "../../claims/list-query";
import { ZPageQuery } from "../../paging";
import { absoluteUrl } from "../../site-config";
import { ZApiClaimDetail, ZApiClaimList, ZApiError, ZApiSpeakerDetail, ZApiSpeakerList } from "./schemas";

const schema = (type: z.ZodType, io: "input" | "output" = "output") => z.toJSONSchema(type, { io, unrepresentable: "any" });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string, description: string) => ({ description, content: { "application/json": { schema: ref(name) } } });
const slugParameter = { name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9-]{1,120}$" } };

/** The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the handlers validate against. */
export function openApiDocument() {
  const queryParameters = (shape: Record<string, z.ZodType>) =>
    Object.entries(shape).map(([name, field]) => ({ name, in: "query", required: false, schema: schema(field, "input") }));
  const listParameters = queryParameters(ZClaimListQuery.shape);
  return {
    openapi: "3.1.0",
    info: {
      title: "ClaimDesk public API",
      version: "1",
      description: "Read-only access to published claims and speakers. No key needed; bad parameters answer 400, unknown slugs 404.",
    },
    servers: [{ url: absoluteUrl("/api/v1") }],
    paths: {
      "/claims": {
        get: {
          summary: "Search and browse published claims",
          parameters: listParameters,
          responses: { "200": json("ClaimList", "A page of claims"), "400": json("Error", "An offending query parameter") },
        },
      },
      "/claims/{slug}": {
        get: {
          summary: "One published claim with its evidence, links, public notes and timeline",
          parameters: [slugParameter],
          responses: { "200": json("ClaimDetail", "The claim"), "404": json("Error", "No published claim at this slug") },
        },
      },
      "/speakers": {
        get: {
          summary: "Speakers in published claims: who made them, is relayed by them or is what they are about",
          responses: { "200": json("SpeakerList", "All speakers"), "400": json("Error", "An unknown query parameter") },
        },
      },
      "/speakers/{slug}": {
        get: {
          summary: "A speaker with their scorecard and a page of their claims, of the claims relaying them and of the claims about them",
          parameters: [slugParameter, ...queryParameters(ZPageQuery.shape)],
          responses: {
            "200": json("SpeakerDetail", "The speaker and one page of claims"),
            "400": json("Error", "An offending query parameter"),
            "404": json("Error", "No such speaker"),
          },
        },
      },
    },
    components: {
      schemas: {
        ClaimList: schema(ZApiClaimList),
        ClaimDetail: schema(ZApiClaimDetail),
        SpeakerList: schema(ZApiSpeakerList),
        SpeakerDetail: schema(ZApiSpeakerDetail),
        Error: schema(ZApiError),
      },
    },
  };
}
