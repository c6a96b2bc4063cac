import { IsIn, IsOptional, ValidationArguments } from 'class-validator';

const TRUE_OR_FALSE = ['true', 'false'];
const trueOrFalse = { message: ({ property }: ValidationArguments) => `${property} must be true or false` };

/** The query of an upload (`?dryRun=true&skipInvalid=true`), checked before the file is read. */
export class ImportQuery {
  @IsOptional()
  @IsIn(TRUE_OR_FALSE, trueOrFalse)
  dryRun?: string;

  @IsOptional()
  @IsIn(TRUE_OR_FALSE, trueOrFalse)
  skipInvalid?: string;
}
