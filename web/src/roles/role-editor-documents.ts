import { graphql } from '../graphql';

export const EditorChoicesQuery = graphql(`
  query RoleEditorChoices {
    capabilities { id name nameDe depth parent { id } }
    certifications { id name }
    programs { id name prime { name } }
    regions { id name kind }
  }
`);

export const EditedRoleQuery = graphql(`
  query EditedRole($id: ID!) {
    supplyRole(id: $id) {
      id title description product tier deadline quantity status securityClearance maxDistanceKm
      location { latitude longitude }
      buyer { id name }
      program { id }
      preferredRegion { id }
      requiredCapabilities { capability { id } minLevel mandatory }
      requiredCertifications { certification { id } minEvidenceLevel mandatory }
    }
  }
`);

// The buyer is asked for so that urql's document cache drops every cached answer with companies in it: the
// role's ranking changes with its requirements.
export const UpsertRoleMutation = graphql(`
  mutation UpsertSupplyRole($input: SupplyRoleInput!) {
    upsertSupplyRole(input: $input) { id buyer { id } }
  }
`);

export const PreviewQuery = graphql(`
  query RolePreview($requirement: RequirementInput!) {
    matchSuppliersForRequirement(requirement: $requirement, first: 10, options: { includeNearMisses: true }) {
      eligibleCount nearMissCount
      matches {
        company { id name city }
        score eligible distanceKm
        missing {
          kind reason mandatory requiredLevel claimedLevel requiredClearance
          capability { name nameDe } certification { id name }
        }
      }
    }
  }
`);
