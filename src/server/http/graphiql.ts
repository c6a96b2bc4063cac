import path from 'node:path';

import { Router } from 'express';

/** GraphiQL, served from the installed packages: many company and authority networks have no internet. */
export function graphiqlRouter(endpoint: string): Router {
  const router = Router();
  const asset = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  const assets: Record<string, string> = {
    'react.js': asset('react', 'umd/react.production.min.js'),
    'react-dom.js': asset('react-dom', 'umd/react-dom.production.min.js'),
    'graphiql.js': asset('graphiql', 'graphiql.min.js'),
    'graphiql.css': asset('graphiql', 'graphiql.min.css'),
  };
  router.get('/graphiql/assets/:file', (req, res) => {
    const file = assets[req.params.file];
    if (!file) return void res.status(404).end();
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(file);
  });
  router.get('/graphiql', (_req, res) => res.type('html').send(graphiqlPage(endpoint)));
  router.get(endpoint, (req, res, next) => {
    if (req.accepts(['application/json', 'html']) === 'html' && !req.query.query) {
      return void res.type('html').send(graphiqlPage(endpoint));
    }
    next();
  });
  return router;
}

const EXAMPLE_QUERY = `# tiergraph: supplier matching for defence supply networks
# Where API keys are configured, put {"Authorization": "Bearer <your key>"} in the Headers tab below.
query FirstCompanies {
  companies(first: 5) {
    totalCount
    edges {
      node {
        name
        city
        capabilities { level capability { name domain { name } } }
        certifications { certification { name } validUntil isValid }
      }
    }
  }
}
`;

function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>tiergraph GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL ...</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)}, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;
}
