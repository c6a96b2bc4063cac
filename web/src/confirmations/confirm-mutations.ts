import { graphql } from '../graphql';

// Each answers with the fields the pages show, so that urql's cache refreshes every query holding them.
export const ConfirmSupplyLinkMutation = graphql(`
  mutation ConfirmSupplyLink($id: ID!) {
    confirmSupplyLink(id: $id) { id status supplier { id name } customer { id name } }
  }
`);

export const ConfirmClearanceMutation = graphql(`
  mutation ConfirmSecurityClearance($companyId: ID!) {
    confirmSecurityClearance(companyId: $companyId) { id securityClearance clearanceStatus }
  }
`);

export const ConfirmParentGroupMutation = graphql(`
  mutation ConfirmParentGroup($companyId: ID!) {
    confirmParentGroup(companyId: $companyId) { id parentGroupStatus parentGroup { id name } }
  }
`);

export const SetSupplyLinkShareableMutation = graphql(`
  mutation SetSupplyLinkShareable($id: ID!, $shareable: Boolean!) {
    setSupplyLinkShareable(id: $id, shareable: $shareable) { id shareableBySupplier shareableByCustomer }
  }
`);
