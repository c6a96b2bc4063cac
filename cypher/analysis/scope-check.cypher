// Whether the ids of an analysis scope exist: one flag per kind (true when the id was not given).
RETURN ($networkId IS NULL OR EXISTS { MATCH (:Network {id: $networkId}) }) AS networkFound,
       ($regionId IS NULL OR EXISTS { MATCH (:Region {id: $regionId}) }) AS regionFound,
       ($programId IS NULL OR EXISTS { MATCH (:Program {id: $programId}) }) AS programFound,
       ($primeId IS NULL OR EXISTS { MATCH (:Company {id: $primeId, isPrime: true}) }) AS primeFound
